// Order-independent transparency for ghosted structures: weighted blended OIT in two passes (pure
// OpenGL 3.3, no per-buffer blend state), resolved over the opaque image.
#pragma once
#include "render/gl/Handles.hpp"
#include "render/gl/Program.hpp"

namespace hipscope {

class Transparency {
 public:
  // `allowCombined` false forces the two-pass path (for drivers without per-buffer blending; tests).
  explicit Transparency(bool allowCombined = true);
  // (Re)creates the buffers at this size, sharing the opaque pass's depth renderbuffer so ghosts are
  // hidden behind opaque structures.
  void resize(int width, int height, GLuint depthRenderbuffer);
  // True when the driver blends each draw buffer differently (ARB_draw_buffers_blend): then one
  // pass fills both targets.
  bool combined() const { return combined_; }
  // Binds and clears both targets for the combined pass.
  void beginCombined();
  // Binds and clears the accumulation target and sets its blend state.
  void beginAccumulation();
  // Binds and clears the revealage target and sets its blend state.
  void beginRevealage();
  // Blends the resolved transparency over `targetFramebuffer` (the opaque image).
  void resolve(GLuint targetFramebuffer, GLuint emptyVao);

 private:
  gl::Program resolve_;
  gl::Texture accum_, reveal_;
  gl::Framebuffer accumFbo_, revealFbo_, bothFbo_;
  bool combined_ = false;
  int width_ = 0, height_ = 0;
  GLuint depth_ = 0;
};

}  // namespace hipscope
