#version 330 core
// Structure-id pass: positions only.
layout(location = 0) in vec3 aPosition;

uniform mat4 uViewProj;
layout(location = 3) in uvec2 aJoints;
layout(location = 4) in vec2 aWeights;

// Rest-to-posed joint transforms (a pose); vertices with no weights stay where they are.
const int kMaxJoints = 16;
uniform mat4 uJoints[kMaxJoints];
uniform int uJointCount;

mat4 skinMatrix() {
  if (uJointCount == 0 || aWeights.x + aWeights.y <= 0.0) return mat4(1.0);
  return uJoints[min(int(aJoints.x), kMaxJoints - 1)] * aWeights.x + uJoints[min(int(aJoints.y), kMaxJoints - 1)] * aWeights.y;
}

void main() {
  gl_Position = uViewProj * skinMatrix() * vec4(aPosition, 1.0);
}
