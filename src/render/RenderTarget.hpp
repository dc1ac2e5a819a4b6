// An offscreen framebuffer (one colour renderbuffer, and depth unless it is only copied from):
// headless frames, the renderer's scene buffer and backdrop, the id buffer.
#pragma once
#include "render/gl/Handles.hpp"

namespace hipscope {

class RenderTarget {
 public:
  // `colourFormat`: GL_RGBA8 for pictures, GL_R32UI for structure ids.
  enum class Depth { With, Without };
  RenderTarget(int width, int height, GLenum colourFormat = GL_RGBA8, Depth depth = Depth::With);
  void bind() const;
  int width() const { return width_; }
  int height() const { return height_; }
  GLuint framebuffer() const { return fbo_.id(); }
  GLuint depthRenderbuffer() const { return depth_.id(); }  // 0 without depth

 private:
  int width_, height_;
  gl::Framebuffer fbo_;
  gl::Renderbuffer color_;
  gl::Renderbuffer depth_;  // empty without depth
};

}  // namespace hipscope
