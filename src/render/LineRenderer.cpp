// Ribbon building (two triangles per segment, facing the camera) and the pulse shader.
#include "render/LineRenderer.hpp"

#include <cstddef>

#include "render/ShaderLibrary.hpp"

namespace hipscope {
namespace {

struct LineVertex {
  glm::vec3 position;
  glm::vec4 color;
  glm::vec2 arc;
};

}  // namespace

LineRenderer::LineRenderer()
    : program_(shaderSource("line.vert"), shaderSource("line.frag")),
      vao_(gl::VertexArray::create()),
      vertices_(gl::Buffer::create()) {
  glBindVertexArray(vao_.id());
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.id());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                        reinterpret_cast<void*>(offsetof(LineVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                        reinterpret_cast<void*>(offsetof(LineVertex, color)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                        reinterpret_cast<void*>(offsetof(LineVertex, arc)));
  glBindVertexArray(0);
}

void LineRenderer::draw(const std::vector<StyledLine>& lines, const OrbitCamera& camera, float sceneRadius,
                        float time) {
  std::vector<LineVertex> v;
  const glm::vec3 eye = camera.eye();
  for (const StyledLine& line : lines) {
    float arc = 0.0f;
    for (std::size_t i = 0; i + 1 < line.points.size(); ++i) {
      const glm::vec3 a = line.points[i], b = line.points[i + 1];
      const float length = glm::length(b - a);
      if (length < 1e-6f) continue;
      glm::vec3 side = glm::cross(b - a, eye - (a + b) * 0.5f);
      if (glm::length(side) < 1e-9f) continue;
      side = glm::normalize(side) * (line.width * 0.5f);
      const LineVertex a0{a - side, line.color, {arc, line.speed}}, a1{a + side, line.color, {arc, line.speed}};
      const LineVertex b0{b - side, line.color, {arc + length, line.speed}},
          b1{b + side, line.color, {arc + length, line.speed}};
      v.insert(v.end(), {a0, b0, b1, a0, b1, a1});
      arc += length;
    }
  }
  if (v.empty()) return;
  glBindVertexArray(vao_.id());
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(v.size() * sizeof(LineVertex)), v.data(), GL_STREAM_DRAW);
  program_.use();
  program_.set("uViewProj", camera.projection(sceneRadius) * camera.view());
  program_.set("uTime", time);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // alpha: coverage
  glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(v.size()));
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

}  // namespace hipscope
