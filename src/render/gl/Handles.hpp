// Move-only RAII owners, one per OpenGL object kind. No raw glGen*/glDelete* outside this file.
#pragma once
#include <utility>

#include <epoxy/gl.h>

namespace hipscope::gl {

template <class Traits>
class Handle {
 public:
  Handle() = default;
  // Adopts an existing name (used by Shader/Program, which are created by glCreate*).
  explicit Handle(GLuint adopted) : id_(adopted) {}
  static Handle create() { return Handle(Traits::create()); }
  ~Handle() { reset(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, 0)) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, 0);
    }
    return *this;
  }
  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  void reset() {
    if (id_) Traits::destroy(id_);
    id_ = 0;
  }

 private:
  GLuint id_ = 0;
};

struct BufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteBuffers(1, &id); }
};
struct VertexArrayTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteVertexArrays(1, &id); }
};
struct TextureTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteTextures(1, &id); }
};
struct FramebufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteFramebuffers(1, &id); }
};
struct RenderbufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenRenderbuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteRenderbuffers(1, &id); }
};
struct ShaderTraits {
  static void destroy(GLuint id) { glDeleteShader(id); }
};
struct ProgramTraits {
  static void destroy(GLuint id) { glDeleteProgram(id); }
};

using Buffer = Handle<BufferTraits>;
using VertexArray = Handle<VertexArrayTraits>;
using Texture = Handle<TextureTraits>;
using Framebuffer = Handle<FramebufferTraits>;
using Renderbuffer = Handle<RenderbufferTraits>;
using ShaderObject = Handle<ShaderTraits>;
using ProgramObject = Handle<ProgramTraits>;

}  // namespace hipscope::gl
