#version 330 core
// Vertical gradient with a soft vignette, so the model stands out without a hard edge.
in vec2 vUv;

uniform vec3 uTop;
uniform vec3 uBottom;
uniform float uVignette;

out vec4 fragColor;

void main() {
  vec3 c = mix(uBottom, uTop, smoothstep(0.0, 1.0, vUv.y));
  vec2 d = vUv - 0.5;
  c *= 1.0 - uVignette * dot(d, d) * 1.6;
  fragColor = vec4(c, 1.0);
}
