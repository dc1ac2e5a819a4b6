// An offscreen framebuffer (one colour renderbuffer + depth): headless frames, the renderer's scene
// buffer, the id buffer.
#pragma once
#include "render/gl/Handles.hpp"

namespace hipscope {

class RenderTarget {
 public:
  // `colourFormat`: GL_RGBA8 for pictures, GL_R32UI for structure ids.
  RenderTarget(int width, int height, GLenum colourFormat = GL_RGBA8);
  void bind() const;
  int width() const { return width_; }
  int height() const { return height_; }
  GLuint framebuffer() const { return fbo_.id(); }
  GLuint depthRenderbuffer() const { return depth_.id(); }

 private:
  int width_, height_;
  gl::Framebuffer fbo_;
  gl::Renderbuffer color_, depth_;
};

}  // namespace hipscope
