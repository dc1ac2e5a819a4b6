#version 330 core
// The tension display: ribbons and spots built on the CPU (see LineRenderer.cpp for `aArc`).
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec4 aColor;
layout(location = 2) in vec4 aArc;  // x: metres along, y: flow speed (m/s), z: across -1..1, w: 0 halo, 1 core, 2 spot

uniform mat4 uViewProj;

out vec4 vColor;
out vec4 vArc;

void main() {
  vColor = aColor;
  vArc = aArc;
  gl_Position = uViewProj * vec4(aPosition, 1.0);
}
