#version 330 core
// Anatomy surfaces: world-space position and normal for lighting; uv.x runs along muscle fibres.
// Compiled in variants (render/MeshPrograms): SKINNED (a pose), PINCH (a pressed nerve), CONTRACT (a
// contracting muscle), PAINTED (the skin's pain zones). A variant leaves out only what its part's
// uniforms would zero: on a software rasteriser every branch is executed, so the work is left out.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec2 aUv;

uniform mat4 uViewProj;
uniform vec4 uPinch;  // xyz: where the piriformis presses on this nerve, w: how hard (0..1)
uniform float uBulge; // metres a contracted muscle swells outward
uniform vec4 uContract;        // xyz: the muscle's fibre axis, w: how much its belly shortens (0: relaxed)
uniform vec3 uContractCentre;  // the middle between its two ends
layout(location = 3) in uvec2 aJoints;
layout(location = 4) in vec2 aWeights;
// The skin's pain zones (view/SkinZones): x its zone, y the nearest other zone, z how far inside its
// own it is (0.5 on the border .. 1); -1: none.
layout(location = 5) in vec3 aZone;
const int kZones = 33;
uniform float uZoneGlow[kZones];  // how much each zone hurts, 0..1
uniform int uPainted;             // 0: no pain drawn on this part, 1: it glows where it hurts, 2: only the glow

// Rest-to-posed joint transforms (a pose); vertices with no weights stay where they are.
const int kMaxJoints = 16;
uniform mat4 uJoints[kMaxJoints];
uniform int uJointCount;

mat4 skinMatrix() {
#ifdef SKINNED
  if (uJointCount == 0 || aWeights.x + aWeights.y <= 0.0) return mat4(1.0);
  return uJoints[min(int(aJoints.x), kMaxJoints - 1)] * aWeights.x + uJoints[min(int(aJoints.y), kMaxJoints - 1)] * aWeights.y;
#else
  return mat4(1.0);
#endif
}

out vec3 vWorldPos;
out vec3 vNormal;
out vec2 vUv;
out float vPain;

float zoneGlow(float zone) {
  int i = int(zone + 0.5);
  return zone < -0.5 || i >= kZones ? 0.0 : uZoneGlow[i];
}

void main() {
  mat4 skin = skinMatrix();
  vec4 world = skin * vec4(aPosition, 1.0);
#ifdef PINCH
  // A pressed nerve narrows under the muscle: pull its surface in toward the contact point.
  if (uPinch.w > 0.0) {
    float near = 1.0 - smoothstep(0.004, 0.018, distance(world.xyz, uPinch.xyz));
    world.xyz = mix(world.xyz, uPinch.xyz, 0.45 * uPinch.w * near);
  }
#endif
#ifdef CONTRACT
  // A contracting muscle's belly draws in toward its middle along the fibres; the ends (u = 0 and 1)
  // stay on their bones, so the tendons lengthen as the belly shortens.
  if (uContract.w > 0.0) {
    float along = dot(world.xyz - uContractCentre, uContract.xyz);
    world.xyz -= uContract.xyz * along * uContract.w * sin(3.14159265 * clamp(aUv.x, 0.0, 1.0));
  }
#endif
  // The painted skin stands a few millimetres proud, so that a muscle reaching its surface (the
  // gluteus maximus under the buttock's skin) does not hide the glow.
#if defined(CONTRACT) || defined(PAINTED)
  world.xyz += normalize(mat3(skin) * aNormal) * (uBulge + (uPainted > 0 ? 0.006 : 0.0));
#endif
  vWorldPos = world.xyz;
  vNormal = mat3(skin) * aNormal;
  vUv = aUv;
#ifdef PAINTED
  vPain = uPainted > 0 ? mix(zoneGlow(aZone.y), zoneGlow(aZone.x), aZone.z) : 0.0;
#else
  vPain = 0.0;
#endif
  gl_Position = uViewProj * world;
}
