#version 330 core
// Tension lines: camera-facing ribbons built on the CPU; `aArc` is the distance along the line.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec4 aColor;
layout(location = 2) in vec2 aArc;  // x: metres along the line, y: flow speed in metres per second

uniform mat4 uViewProj;

out vec4 vColor;
out vec2 vArc;

void main() {
  vColor = aColor;
  vArc = aArc;
  gl_Position = uViewProj * vec4(aPosition, 1.0);
}
