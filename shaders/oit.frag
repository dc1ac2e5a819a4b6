#version 330 core
// Resolves weighted blended order-independent transparency (McGuire & Bavoil 2013) over the opaque
// image, premultiplied: blended with glBlendFunc(ONE, ONE_MINUS_SRC_ALPHA), alpha = 1 - revealage.
uniform sampler2D uAccum;   // rgb: sum of weighted premultiplied colour, a: sum of weights
uniform sampler2D uReveal;  // r: product of (1 - alpha)

out vec4 fragColor;

void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  float revealage = texelFetch(uReveal, p, 0).r;
  if (revealage >= 0.999) discard;
  vec4 accum = texelFetch(uAccum, p, 0);
  float coverage = 1.0 - revealage;
  fragColor = vec4(accum.rgb / max(accum.a, 1e-5) * coverage, coverage);
}
