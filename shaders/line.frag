#version 330 core
// Halo: a dark outline so the path reads over anything. Core: chevrons flow along it toward the
// spine, faster as the group tightens. Spot: a soft red-orange glow that breathes, where it hurts.
in vec4 vColor;
in vec4 vArc;

uniform float uTime;

out vec4 fragColor;

void main() {
  if (vArc.w > 1.5) {
    float r = length(vArc.xy);
    float glow = (1.0 - smoothstep(0.15, 1.0, r));
    glow *= glow;
    float breathe = 0.8 + 0.2 * sin(uTime * 3.0);
    float a = vColor.a * glow * breathe;
    fragColor = vec4(vColor.rgb, a);
    return;
  }
  float across = abs(vArc.z);
  float edge = 1.0 - smoothstep(0.7, 1.0, across);  // soft edges
  if (vArc.w < 0.5) {
    fragColor = vec4(vColor.rgb, vColor.a * edge);
    return;
  }
  const float period = 0.018;  // metres between chevrons
  // A chevron: the phase bent back toward the edges, so each pulse points along the flow.
  float phase = fract((vArc.x - uTime * vArc.y) / period + 0.35 * across);
  float chevron = smoothstep(0.0, 0.25, phase) * (1.0 - smoothstep(0.45, 0.7, phase));
  vec3 color = mix(vColor.rgb * 0.75, min(vColor.rgb * 1.35 + 0.15, vec3(1.0)), chevron);
  fragColor = vec4(color, vColor.a * edge);
}
