// EGL surfaceless context creation. Rendering goes to framebuffer objects only.
#include "platform/HeadlessContext.hpp"

#include <cstdio>
#include <stdexcept>

#include <epoxy/egl.h>
#include <epoxy/gl.h>

namespace hipscope {
namespace {

[[noreturn]] void fail(const char* step) {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "headless OpenGL: %s failed (EGL error 0x%04x); install libegl-mesa0 and libgl1-mesa-dri", step,
                eglGetError());
  throw std::runtime_error(buf);
}

}  // namespace

HeadlessContext::HeadlessContext(bool debug) {
  EGLDisplay display = EGL_NO_DISPLAY;
  if (epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless"))
    display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (display == EGL_NO_DISPLAY) fail("getting the surfaceless display");
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) fail("eglInitialize");
  display_ = display;
  if (!eglBindAPI(EGL_OPENGL_API)) fail("eglBindAPI(OpenGL)");

  const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  // Surfaceless Mesa may expose no configs at all; EGL_KHR_no_config_context covers that.
  if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count == 0) config = EGL_NO_CONFIG_KHR;

  const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                   3,
                                   EGL_CONTEXT_MINOR_VERSION,
                                   3,
                                   EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                   EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                   EGL_CONTEXT_OPENGL_DEBUG,
                                   debug ? EGL_TRUE : EGL_FALSE,
                                   EGL_NONE};
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttribs);
  if (context == EGL_NO_CONTEXT) fail("creating an OpenGL 3.3 core context");
  context_ = context;
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) fail("eglMakeCurrent (surfaceless)");
}

HeadlessContext::~HeadlessContext() {
  if (display_) {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    if (context_) eglDestroyContext(display_, context_);
    eglTerminate(display_);
  }
}

std::string HeadlessContext::renderer() const {
  const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return r ? r : "unknown";
}

}  // namespace hipscope
