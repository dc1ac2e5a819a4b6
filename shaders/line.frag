#version 330 core
// Pulses flow along the line in the direction of pull, faster as the muscle tightens.
in vec4 vColor;
in vec2 vArc;

uniform float uTime;

out vec4 fragColor;

void main() {
  const float period = 0.025;  // metres between pulses
  float phase = fract((vArc.x - uTime * vArc.y) / period);
  float pulse = smoothstep(0.0, 0.35, phase) * (1.0 - smoothstep(0.55, 1.0, phase));
  fragColor = vec4(vColor.rgb * (0.55 + 0.45 * pulse), vColor.a * (0.55 + 0.45 * pulse));
}
