// Animated tension lines: polylines drawn as camera-facing ribbons over the scene.
#pragma once
#include <vector>

#include <glm/glm.hpp>

#include "render/gl/Handles.hpp"
#include "render/gl/Program.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct StyledLine {
  std::vector<glm::vec3> points;  // in the direction of pull
  glm::vec4 color;
  float width;  // metres
  float speed;  // metres per second the pulses flow
};

class LineRenderer {
 public:
  LineRenderer();
  // Draws over whatever is in the bound framebuffer (no depth test: lines show through tissue).
  void draw(const std::vector<StyledLine>& lines, const OrbitCamera& camera, float sceneRadius, float time);

 private:
  gl::Program program_;
  gl::VertexArray vao_;
  gl::Buffer vertices_;
};

}  // namespace hipscope
