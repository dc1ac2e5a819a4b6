// KHR_debug callback and glGetError draining.
#include "render/gl/Debug.hpp"

#include <cstdio>

#include <epoxy/gl.h>

namespace hipscope::gl {
namespace {

int g_errors = 0;
bool g_strict = false;
std::string g_last;

void GLAPIENTRY onDebugMessage(GLenum source, GLenum type, GLuint, GLenum severity, GLsizei, const GLchar* message,
                               const void*) {
  // Shader compile failures are reported through Program's exceptions, with the file name.
  if (source == GL_DEBUG_SOURCE_SHADER_COMPILER) return;
  if (type != GL_DEBUG_TYPE_ERROR && severity != GL_DEBUG_SEVERITY_HIGH) return;
  ++g_errors;
  g_last = message ? message : "";
  if (g_strict) std::fprintf(stderr, "hipscope: GL error: %s\n", g_last.c_str());
}

}  // namespace

bool enableDebugOutput(bool strict) {
  g_strict = strict;
  if (!epoxy_has_gl_extension("GL_KHR_debug") && epoxy_gl_version() < 43) return false;
  glEnable(GL_DEBUG_OUTPUT);
  glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
  glDebugMessageCallback(onDebugMessage, nullptr);
  return true;
}

int errorCount() { return g_errors; }
std::string lastError() { return g_last; }
void resetErrors() {
  g_errors = 0;
  g_last.clear();
}

int checkErrors(const char* where) {
  int found = 0;
  for (GLenum e = glGetError(); e != GL_NO_ERROR; e = glGetError()) {
    ++found;
    ++g_errors;
    char buf[96];
    std::snprintf(buf, sizeof buf, "glGetError 0x%04x at %s", e, where);
    g_last = buf;
    if (g_strict) std::fprintf(stderr, "hipscope: GL error: %s\n", buf);
  }
  return found;
}

}  // namespace hipscope::gl
