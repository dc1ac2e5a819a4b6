// Default framebuffer helpers.
#include "render/Screen.hpp"

#include <epoxy/gl.h>

namespace hipscope {

void bindWindowFramebuffer(int width, int height) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (width > 0 && height > 0) glViewport(0, 0, width, height);
}

void clearFrame(bool window) {
  if (window)
    glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
  else
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

std::string rendererName() {
  const GLubyte* name = glGetString(GL_RENDERER);
  return name ? reinterpret_cast<const char*>(name) : "";
}

void finishGl() { glFinish(); }

}  // namespace hipscope
