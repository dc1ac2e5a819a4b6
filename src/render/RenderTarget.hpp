// An offscreen framebuffer (RGBA8 colour + depth) for headless frames, screenshots and benchmarks.
#pragma once
#include "render/gl/Handles.hpp"

namespace hipscope {

class RenderTarget {
 public:
  RenderTarget(int width, int height);
  void bind() const;
  int width() const { return width_; }
  int height() const { return height_; }
  GLuint framebuffer() const { return fbo_.id(); }

 private:
  int width_, height_;
  gl::Framebuffer fbo_;
  gl::Renderbuffer color_, depth_;
};

}  // namespace hipscope
