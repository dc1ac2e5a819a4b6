#version 330 core
// Structure-id pass: positions only.
layout(location = 0) in vec3 aPosition;

uniform mat4 uViewProj;

void main() {
  gl_Position = uViewProj * vec4(aPosition, 1.0);
}
