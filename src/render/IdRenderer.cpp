// Integer id target (R32UI + depth) and the id draw pass.
#include "render/IdRenderer.hpp"

#include "render/ShaderLibrary.hpp"

namespace hipscope {

IdRenderer::IdRenderer() : program_(shaderSource("id.vert"), shaderSource("id.frag")) {}

void IdRenderer::render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, int width, int height,
                        const std::vector<char>* visible, const std::vector<glm::mat4>* joints,
                        const std::vector<int>* variants) {
  GLint previous = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
  if (!target_ || target_->width() != width || target_->height() != height) target_.emplace(width, height, GL_R32UI);
  target_->bind();
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_BLEND);
  const GLuint zero[4] = {0, 0, 0, 0};
  glClearBufferuiv(GL_COLOR, 0, zero);
  glClear(GL_DEPTH_BUFFER_BIT);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  program_.use();
  program_.set("uViewProj", camera.projection(sceneRadius) * camera.view());
  setJoints(program_, joints);
  model.bind();
  const auto& ranges = model.ranges();
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    if (visible && i < visible->size() && !(*visible)[i]) continue;
    glUniform1ui(program_.uniform("uId"), static_cast<GLuint>(i + 1));
    const LodRange r = rangeOf(ranges[i], variants && i < variants->size() ? (*variants)[i] : -1);
    glDrawElementsBaseVertex(GL_TRIANGLES, r.indexCount, GL_UNSIGNED_INT,
                             reinterpret_cast<void*>(r.firstIndex * sizeof(std::uint32_t)), r.baseVertex);
  }
  glBindVertexArray(0);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

std::uint32_t IdRenderer::at(int x, int y) const {
  if (!target_ || x < 0 || y < 0 || x >= width() || y >= height()) return 0;
  GLint previous = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target_->framebuffer());
  GLuint id = 0;
  glReadPixels(x, height() - 1 - y, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
  return id;
}

std::vector<std::uint32_t> IdRenderer::readAll() const {
  const int width_ = width(), height_ = height();
  std::vector<std::uint32_t> ids(static_cast<std::size_t>(width_) * height_);
  if (!target_) return ids;
  GLint previous = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target_->framebuffer());
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width_, height_, GL_RED_INTEGER, GL_UNSIGNED_INT, ids.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
  // Flip to top row first.
  for (int r = 0; r < height_ / 2; ++r)
    std::swap_ranges(ids.begin() + static_cast<std::ptrdiff_t>(r) * width_,
                     ids.begin() + static_cast<std::ptrdiff_t>(r + 1) * width_,
                     ids.begin() + static_cast<std::ptrdiff_t>(height_ - 1 - r) * width_);
  return ids;
}

Coverage countCoverage(const std::vector<std::uint32_t>& ids, std::size_t partCount) {
  Coverage c;
  c.pixels.assign(partCount, 0);
  for (std::uint32_t id : ids) {
    if (id == 0 || id > partCount)
      ++c.background;
    else
      ++c.pixels[id - 1];
  }
  return c;
}

}  // namespace hipscope
