#version 330 core
// Soft studio lighting that follows the camera: a warm key, a cool fill and a rim from behind.
// Compiled in variants (render/MeshPrograms): PASS 0 opaque, 1 transparency accumulation, 2 revealage,
// 3 both at once, 4 blended straight over the frame (ghosts drawn one after another, farthest first); FLAT (the wireframe's one colour), TEXTURED, FIBRES, TENSION, COMPRESSION (a pressed
// nerve), HIGHLIGHT, GLOW (the strained low back), PAINTED (pain zones and referral). Each leaves out
// only terms its part's uniforms make zero: a software rasteriser executes every branch.
in vec3 vWorldPos;
in vec3 vNormal;
in vec2 vUv;
in float vPain;  // 0..1: how much it hurts here (the skin's painted zones, soft at their edges)

uniform vec4 uColor;
uniform sampler2D uBaseColor;  // a model's own base colour image, when uTextured is 1
uniform float uTextured;
uniform vec3 uEye;
uniform vec3 uCamRight;
uniform vec3 uCamUp;
uniform vec3 uCamForward;
uniform float uLight;
uniform vec4 uOverride;  // a > 0: flat colour (wireframe pass)
uniform float uHighlight;  // 1: a highlighted group's structure, 2: the selected one
uniform float uPulse;      // 0..1, breathing of the highlight rim
uniform float uFibres;     // 1: a muscle; draw striations along its fibres (uv.x runs along them)
uniform float uAlpha;      // opacity of this structure (ghosted layers < 1)
uniform float uTension;    // 0..1: a contracted muscle takes a warmer, brighter tint
uniform float uCompression; // 0..1 on a nerve: where it is pressed it glows, and pain pulses run on toward the leg
uniform vec4 uPinch;        // xyz: where the piriformis presses on this nerve (w: how hard, as uCompression)
uniform float uPinchAlong;  // the nerve's u (uv.x, roots 0 .. leg 1) at that point
uniform float uTime;
uniform vec4 uGlow;        // xyz: centre of the strained low back (L5/S1), w: strain 0..1 (bones near it glow)
uniform float uReferral;   // 1: the glow is a selected muscle's referral pattern, drawn as a rim and a faint wash
uniform int uPainted;      // 2: only the pain's glow is drawn (the skin itself hidden or peeled)

// Okabe-Ito sky blue in linear light: distinct from the red muscles and yellow nerve for every
// common form of colour-blindness.
const vec3 kHighlight = vec3(0.10, 0.48, 0.85);
// Where the nerve is pressed: Okabe-Ito reddish purple, lightened toward white at the centre, apart
// from the muscles' red and the highlight's sky blue in hue and, for colour-blind viewers, in lightness.
const vec3 kPinch = vec3(0.62, 0.16, 0.42);
// The selected structure: Okabe-Ito bluish green in linear light, apart from the group's sky blue,
// with a light outline so it stands out for every viewer.
const vec3 kSelected = vec3(0.0, 0.34, 0.17);
// Where it hurts: a warm red that reads as pain, darker than the muscles' red and glowing.
const vec3 kPain = vec3(1.0, 0.06, 0.02);

layout(location = 0) out vec4 fragColor;
layout(location = 1) out vec4 fragReveal;  // only bound in the combined transparency pass

void main() {
#ifdef FLAT
  fragColor = uOverride;
#else
  vec3 n = normalize(vNormal);
  vec3 v = normalize(uEye - vWorldPos);
  if (dot(n, v) < 0.0) n = -n;  // open or inward-facing meshes still shade from the viewer's side

  vec3 keyDir = normalize(-uCamForward * 0.7 + uCamUp * 0.6 - uCamRight * 0.45);
  vec3 fillDir = normalize(-uCamForward * 0.8 + uCamRight * 0.6 - uCamUp * 0.1);
  vec3 albedo = uColor.rgb;
  // Assimp's uv has v up; the image's rows are stored top first.
#ifdef TEXTURED
  if (uTextured > 0.5) albedo *= texture(uBaseColor, vec2(vUv.x, 1.0 - vUv.y)).rgb;
#endif
  float streak = 0.0;
#ifdef FIBRES
  // Fibre striations: fine bands across the fibres (uv.y runs around or across the muscle).
  float band = abs(fract(vUv.y * 28.0) - 0.5) * 2.0;
  albedo *= 1.0 - uFibres * 0.16 * smoothstep(0.55, 1.0, band);
#endif
#ifdef TENSION
  albedo = mix(albedo, vec3(0.95, 0.40, 0.10), 0.45 * uTension);
#ifdef FIBRES
  // A tight muscle's fibres draw toward the pull: bright waves run along its striations toward its
  // origin (u = 0, on the pelvis or spine for the muscles that load the low back), faster when tighter.
  float flow = fract(vUv.x * 7.0 + uTime * (0.25 + 0.75 * uTension));
  float wave = smoothstep(0.0, 0.2, flow) * (1.0 - smoothstep(0.35, 0.6, flow));
  streak = uFibres * uTension * wave * (1.0 - smoothstep(0.2, 0.7, band));
#endif
#endif
  float pinchGlow = 0.0;
#ifdef COMPRESSION
  if (uCompression > 0.0) {
    float pressed = 1.0 - smoothstep(0.008, 0.030, distance(vWorldPos, uPinch.xyz));
    pinchGlow = clamp(0.35 + uCompression, 0.0, 1.0) * pressed;
    // uv.x runs along the nerve from its roots to the leg; pulses start where it is pressed and run
    // on down the leg, faster when pressed harder.
    float beyond = smoothstep(uPinchAlong - 0.005, uPinchAlong + 0.03, vUv.x);
    float phase = fract((vUv.x - uPinchAlong) * 7.0 - uTime * (0.4 + 1.6 * uCompression));
    albedo += vec3(1.0, 0.45, 0.85) * uCompression * beyond * smoothstep(0.75, 1.0, phase) * 0.9;
  }
#endif
#ifdef HIGHLIGHT
  float lit = min(uHighlight, 1.0);
  float chosen = step(1.5, uHighlight);
  vec3 tint = mix(kHighlight, kSelected, chosen);
  albedo = mix(albedo, tint, (0.72 + 0.2 * chosen) * lit);
#endif

  float key = max(dot(n, keyDir), 0.0) * uLight;
  float fill = max(dot(n, fillDir), 0.0) * 0.35;
  // Powers by multiplication: pow() is exp2(log2()) per pixel on a software rasteriser.
  float facing = 1.0 - max(dot(n, v), 0.0);
  float rim = facing * facing * facing * 0.22;
  float hemi = 0.5 + 0.5 * n.y;
  vec3 ambient = mix(vec3(0.16, 0.15, 0.17), vec3(0.26, 0.27, 0.30), hemi);

  vec3 h = normalize(keyDir + v);
  float nh = max(dot(n, h), 0.0);
  float nh2 = nh * nh, nh4 = nh2 * nh2, nh8 = nh4 * nh4, nh16 = nh8 * nh8, nh32 = nh16 * nh16;
  float spec = nh32 * nh8 * 0.12 * uLight;  // exponent 40

  vec3 color = albedo * (ambient + key * vec3(1.0, 0.97, 0.92) + fill * vec3(0.80, 0.88, 1.0)) +
               vec3(spec) + rim * vec3(0.75, 0.85, 1.0);
#ifdef COMPRESSION
  // Where the nerve is pressed it glows, lit or not, pulsing a little.
  color = mix(color, kPinch * (1.35 + 0.25 * sin(uTime * 6.0)), 0.85 * pinchGlow);
#endif
  float edge = facing * facing;
#ifdef TENSION
  // The warm glow of a tight muscle: its own light, strongest at its outline, breathing with the pulse.
  color += vec3(1.0, 0.36, 0.08) * uTension * (0.16 + 0.08 * uPulse + 0.8 * edge) + vec3(1.0, 0.62, 0.25) * streak * 0.6;
#endif
#ifdef HIGHLIGHT
  color += tint * edge * lit * (0.55 + 0.9 * uPulse);
  color = mix(color, vec3(0.92, 1.0, 0.95), chosen * smoothstep(0.55, 0.9, facing) * 0.85);  // outline
#endif
#ifdef GLOW
  if (uGlow.w > 0.0) {
    float near = 1.0 - smoothstep(0.03, 0.11, distance(vWorldPos, uGlow.xyz));
    color = mix(color, vec3(1.0, 0.32, 0.06), sqrt(uGlow.w) * near * (0.6 + 0.2 * sin(uTime * 3.0)));
  }
#endif
  float pain = 0.0;
#ifdef PAINTED
  pain = smoothstep(0.0, 1.0, vPain);
  // Where a selected muscle may send its pain: a soft glowing rim round the area and a faint wash inside,
  // so the muscle itself shows through and the pattern reads apart from the solid glow of where the patient
  // says it hurts (the rim is where the glow changes: the zones' soft edges).
  if (uReferral > 0.5) {
    float rim = clamp(fwidth(vPain) * 25.0, 0.0, 1.0);  // where the glow changes: the area's edge
    pain = 0.1 * pain + 0.8 * rim;
  }
  // Lit from within, not by the lamps, so it reads the same from every side; it breathes with the highlight.
  if (pain > 0.0) color = mix(uPainted == 2 ? kPain : color, kPain * (1.25 + 0.25 * uPulse) + vec3(0.0, 0.05, 0.0), 0.9 * pain);
#endif
  vec3 display = pow(color, vec3(1.0 / 2.2));
#if PASS == 0
  fragColor = vec4(display, 1.0);
#else
    // Ghosts show their outline more than their face, so the structures inside stay readable.
    // A tight ghosted muscle (X-ray, peel) still shows its glow and its flowing fibres.
    float a = clamp(uAlpha * (0.55 + 0.9 * facing * sqrt(facing)) * (1.0 + 0.9 * streak + 0.8 * uTension), 0.0, 1.0);
#ifdef TENSION
    display = mix(display, vec3(1.0, 0.55, 0.22), clamp(0.45 * uTension + 0.5 * streak, 0.0, 0.8));
#endif
#ifdef PAINTED
    // The painted skin shows over the ghost, yet lets the muscles under it show through.
    a = uPainted == 2 ? 0.55 * pain : max(a, 0.55 * pain);
#endif
#if PASS == 4
    fragColor = vec4(display * a, a);  // premultiplied, as the resolve of one layer would give
#elif PASS == 2
    fragColor = vec4(a);
#else
    float w = a * clamp(3e3 * pow(1.0 - gl_FragCoord.z, 3.0), 1e-2, 3e3);
    fragColor = vec4(display * a * w, a * w);
#if PASS == 3
    fragReveal = vec4(a);
#endif
#endif
#endif
#endif
}
