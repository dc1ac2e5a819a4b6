// Integer id target (R32UI + depth) and the id draw pass.
#include "render/IdRenderer.hpp"

#include <stdexcept>

#include "render/ShaderLibrary.hpp"

namespace hipscope {

IdRenderer::IdRenderer() : program_(shaderSource("id.vert"), shaderSource("id.frag")) {}

void IdRenderer::resize(int width, int height) {
  if (width == width_ && height == height_ && fbo_) return;
  fbo_ = gl::Framebuffer::create();
  ids_ = gl::Renderbuffer::create();
  depth_ = gl::Renderbuffer::create();
  glBindRenderbuffer(GL_RENDERBUFFER, ids_.id());
  glRenderbufferStorage(GL_RENDERBUFFER, GL_R32UI, width, height);
  glBindRenderbuffer(GL_RENDERBUFFER, depth_.id());
  glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, ids_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_.id());
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw std::runtime_error("id framebuffer " + std::to_string(width) + "x" + std::to_string(height) + " is incomplete");
  width_ = width;
  height_ = height;
}

void IdRenderer::render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, int width, int height,
                        const std::vector<char>* visible) {
  GLint previous = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
  resize(width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_.id());
  glViewport(0, 0, width, height);
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
  model.bind();
  const auto& ranges = model.ranges();
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    if (visible && i < visible->size() && !(*visible)[i]) continue;
    glUniform1ui(program_.uniform("uId"), static_cast<GLuint>(i + 1));
    glDrawElementsBaseVertex(GL_TRIANGLES, ranges[i].indexCount, GL_UNSIGNED_INT,
                             reinterpret_cast<void*>(ranges[i].firstIndex * sizeof(std::uint32_t)), ranges[i].baseVertex);
  }
  glBindVertexArray(0);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

std::uint32_t IdRenderer::at(int x, int y) const {
  if (!fbo_ || x < 0 || y < 0 || x >= width_ || y >= height_) return 0;
  GLint previous = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_.id());
  GLuint id = 0;
  glReadPixels(x, height_ - 1 - y, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
  return id;
}

std::vector<std::uint32_t> IdRenderer::readAll() const {
  std::vector<std::uint32_t> ids(static_cast<std::size_t>(width_) * height_);
  if (!fbo_) return ids;
  GLint previous = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_.id());
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width_, height_, GL_RED_INTEGER, GL_UNSIGNED_INT, ids.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
  // Flip to top row first.
  for (int r = 0; r < height_ / 2; ++r)
    std::swap_ranges(ids.begin() + static_cast<std::ptrdiff_t>(r) * width_, ids.begin() + static_cast<std::ptrdiff_t>(r + 1) * width_,
                     ids.begin() + static_cast<std::ptrdiff_t>(height_ - 1 - r) * width_);
  return ids;
}

Coverage countCoverage(const std::vector<std::uint32_t>& ids, std::size_t partCount) {
  Coverage c;
  c.pixels.assign(partCount, 0);
  for (std::uint32_t id : ids) {
    if (id == 0 || id > partCount) ++c.background;
    else ++c.pixels[id - 1];
  }
  return c;
}

}  // namespace hipscope
