// Weighted blended OIT targets and resolve.
#include "render/Transparency.hpp"

#include <stdexcept>
#include <string>

#include "render/ShaderLibrary.hpp"

namespace hipscope {
namespace {

void makeTexture(const gl::Texture& t, GLenum internalFormat, GLenum format, int w, int h) {
  glBindTexture(GL_TEXTURE_2D, t.id());
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), w, h, 0, format, GL_FLOAT, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
}

void attach(const gl::Framebuffer& fbo, const gl::Texture& colour, GLuint depth) {
  glBindFramebuffer(GL_FRAMEBUFFER, fbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour.id(), 0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw std::runtime_error("transparency framebuffer is incomplete");
}

}  // namespace

Transparency::Transparency(bool allowCombined)
    : resolve_(shaderSource("background.vert"), shaderSource("oit.frag")),
      combined_(allowCombined && (epoxy_gl_version() >= 40 || epoxy_has_gl_extension("GL_ARB_draw_buffers_blend"))) {}

void Transparency::resize(int width, int height, GLuint depthRenderbuffer) {
  if (width == width_ && height == height_ && depthRenderbuffer == depth_ && accumFbo_) return;
  accum_ = gl::Texture::create();
  reveal_ = gl::Texture::create();
  makeTexture(accum_, GL_RGBA16F, GL_RGBA, width, height);
  makeTexture(reveal_, GL_R16F, GL_RED, width, height);
  accumFbo_ = gl::Framebuffer::create();
  revealFbo_ = gl::Framebuffer::create();
  attach(accumFbo_, accum_, depthRenderbuffer);
  attach(revealFbo_, reveal_, depthRenderbuffer);
  if (combined_) {
    bothFbo_ = gl::Framebuffer::create();
    attach(bothFbo_, accum_, depthRenderbuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D, reveal_.id(), 0);
    const GLenum buffers[2] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
    glDrawBuffers(2, buffers);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
      throw std::runtime_error("transparency framebuffer is incomplete");
  }
  width_ = width;
  height_ = height;
  depth_ = depthRenderbuffer;
}

void Transparency::beginCombined() {
  glBindFramebuffer(GL_FRAMEBUFFER, bothFbo_.id());
  const GLfloat zero[4] = {0, 0, 0, 0}, one[4] = {1, 1, 1, 1};
  glClearBufferfv(GL_COLOR, 0, zero);
  glClearBufferfv(GL_COLOR, 1, one);
  glEnable(GL_BLEND);
  glBlendFunciARB(0, GL_ONE, GL_ONE);
  glBlendFunciARB(1, GL_ZERO, GL_ONE_MINUS_SRC_COLOR);
  glDepthMask(GL_FALSE);
}

void Transparency::beginAccumulation() {
  glBindFramebuffer(GL_FRAMEBUFFER, accumFbo_.id());
  const GLfloat zero[4] = {0, 0, 0, 0};
  glClearBufferfv(GL_COLOR, 0, zero);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE);
  glDepthMask(GL_FALSE);
}

void Transparency::beginRevealage() {
  glBindFramebuffer(GL_FRAMEBUFFER, revealFbo_.id());
  const GLfloat one[4] = {1, 1, 1, 1};
  glClearBufferfv(GL_COLOR, 0, one);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ZERO, GL_ONE_MINUS_SRC_COLOR);
  glDepthMask(GL_FALSE);
}

void Transparency::resolve(GLuint targetFramebuffer, GLuint emptyVao) {
  glBindFramebuffer(GL_FRAMEBUFFER, targetFramebuffer);
  glBlendFunc(GL_ONE, GL_ZERO);  // resets every draw buffer's blend state after the combined pass
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  // Premultiplied "over": colour and coverage (alpha) both come out right, so a PNG of a ghosted
  // view is opaque wherever the background is.
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  resolve_.use();
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, accum_.id());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, reveal_.id());
  resolve_.set("uAccum", 0);
  resolve_.set("uReveal", 1);
  glBindVertexArray(emptyVao);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glDisable(GL_BLEND);
}

}  // namespace hipscope
