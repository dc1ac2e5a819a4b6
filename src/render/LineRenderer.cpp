// Ribbon and spot building on the CPU (camera-facing, widths in pixels), and the flow shader.
#include "render/LineRenderer.hpp"

#include <cmath>
#include <cstddef>

#include "render/Readback.hpp"
#include "render/RenderTarget.hpp"
#include "render/ShaderLibrary.hpp"

namespace hipscope {
namespace {

struct LineVertex {
  glm::vec3 position;
  glm::vec4 color;
  glm::vec4 arc;  // x: metres along (spots: across -1..1), y: flow speed (spots: up -1..1), z: across -1..1, w: kind
};

constexpr float kHalo = 0.0f, kCore = 1.0f, kSpot = 2.0f;

// Metres one pixel spans at `p`.
float metresPerPixel(const OrbitCamera& camera, const glm::vec3& p, float height) {
  const float depth = std::max(glm::dot(p - camera.eye(), camera.forward()), 1e-3f);
  return depth * 2.0f * std::tan(glm::radians(camera.fovY) * 0.5f) / height;
}

void addRibbon(std::vector<LineVertex>& v, const StyledLine& line, const OrbitCamera& camera, float height,
               float pixels, const glm::vec4& color, float kind) {
  const std::vector<glm::vec3>& p = line.points;
  if (p.size() < 2) return;
  const glm::vec3 eye = camera.eye();
  std::vector<glm::vec3> side(p.size());
  std::vector<float> arc(p.size(), 0.0f);
  for (std::size_t i = 0; i < p.size(); ++i) {
    const glm::vec3 tangent = p[std::min(i + 1, p.size() - 1)] - p[i > 0 ? i - 1 : 0];
    glm::vec3 s = glm::cross(tangent, eye - p[i]);
    s = glm::length(s) > 1e-12f ? glm::normalize(s) : glm::vec3(0.0f);
    side[i] = s * (0.5f * pixels * metresPerPixel(camera, p[i], height));
    if (i > 0) arc[i] = arc[i - 1] + glm::distance(p[i - 1], p[i]);
  }
  for (std::size_t i = 0; i + 1 < p.size(); ++i) {
    const LineVertex a0{p[i] - side[i], color, {arc[i], line.speed, -1, kind}};
    const LineVertex a1{p[i] + side[i], color, {arc[i], line.speed, 1, kind}};
    const LineVertex b0{p[i + 1] - side[i + 1], color, {arc[i + 1], line.speed, -1, kind}};
    const LineVertex b1{p[i + 1] + side[i + 1], color, {arc[i + 1], line.speed, 1, kind}};
    v.insert(v.end(), {a0, b0, b1, a0, b1, a1});
  }
}

void addSpot(std::vector<LineVertex>& v, const GlowSpot& s, const OrbitCamera& camera) {
  const glm::vec3 f = camera.forward();
  const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0))), up = glm::cross(right, f);
  const glm::vec3 r = right * s.radius.x, u = up * s.radius.y;
  const LineVertex a{s.centre - r - u, s.color, {-1, -1, 0, kSpot}}, b{s.centre + r - u, s.color, {1, -1, 0, kSpot}};
  const LineVertex c{s.centre + r + u, s.color, {1, 1, 0, kSpot}}, d{s.centre - r + u, s.color, {-1, 1, 0, kSpot}};
  v.insert(v.end(), {a, b, c, a, c, d});
}

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
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                        reinterpret_cast<void*>(offsetof(LineVertex, arc)));
  glBindVertexArray(0);
}

void LineRenderer::draw(const std::vector<StyledLine>& lines, const std::vector<GlowSpot>& spots,
                        const OrbitCamera& camera, float sceneRadius, float time) {
  GLint viewport[4] = {0, 0, 1, 1};
  glGetIntegerv(GL_VIEWPORT, viewport);
  const float height = static_cast<float>(std::max(viewport[3], 1));
  const float scale = height / 720.0f;  // widths are given for a 720-pixel-high frame
  std::vector<LineVertex> v;
  for (const GlowSpot& s : spots) addSpot(v, s, camera);  // under the paths
  for (const StyledLine& line : lines)
    addRibbon(v, line, camera, height, (line.width + 2.0f * kHaloPixels) * scale, glm::vec4(0.06f, 0.03f, 0.02f, 0.8f),
              kHalo);
  for (const StyledLine& line : lines) addRibbon(v, line, camera, height, line.width * scale, line.color, kCore);
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

std::vector<char> tensionDisplayMask(const std::vector<StyledLine>& lines, const std::vector<GlowSpot>& spots,
                                     const OrbitCamera& camera, float sceneRadius, float time, int width, int height) {
  GLint previous = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
  RenderTarget target(width, height);
  target.bind();
  glViewport(0, 0, width, height);
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  LineRenderer renderer;
  renderer.draw(lines, spots, camera, sceneRadius, time);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target.framebuffer());
  const Image image = readPixels(0, 0, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
  std::vector<char> mask(static_cast<std::size_t>(width) * height);
  for (std::size_t i = 0; i < mask.size(); ++i) mask[i] = image.rgba[i * 4 + 3] > 12;  // about 5 % opaque
  return mask;
}

}  // namespace hipscope
