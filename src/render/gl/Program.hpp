// A linked shader program built from named sources; failures name the file and carry the driver log.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <glm/glm.hpp>

#include "render/gl/Handles.hpp"

namespace hipscope::gl {

struct ShaderSource {
  std::string name;  // file name, for error messages
  std::string text;
};

// Thrown when a shader does not compile or link; what() names the file and holds the log.
class ShaderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Program {
 public:
  Program() = default;
  // `defines` (e.g. "#define WIREFRAME 1\n") go right after the #version line.
  Program(const ShaderSource& vertex, const ShaderSource& fragment, std::string_view defines = {});

  void use() const { glUseProgram(program_.id()); }
  GLuint id() const { return program_.id(); }
  GLint uniform(const char* name) const;

  void set(const char* name, float v) const { glUniform1f(uniform(name), v); }
  void set(const char* name, int v) const { glUniform1i(uniform(name), v); }
  void set(const char* name, const glm::vec2& v) const { glUniform2fv(uniform(name), 1, &v.x); }
  void set(const char* name, const glm::vec3& v) const { glUniform3fv(uniform(name), 1, &v.x); }
  void set(const char* name, const glm::vec4& v) const { glUniform4fv(uniform(name), 1, &v.x); }
  void set(const char* name, const glm::mat4& m) const { glUniformMatrix4fv(uniform(name), 1, GL_FALSE, &m[0][0]); }
  // A uniform array of matrices (name without "[0]").
  void set(const char* name, const std::vector<glm::mat4>& ms) const {
    if (!ms.empty()) glUniformMatrix4fv(uniform(name), static_cast<GLsizei>(ms.size()), GL_FALSE, &ms[0][0][0]);
  }
  // A uniform array of floats (name without "[0]").
  void set(const char* name, const std::vector<float>& vs) const {
    if (!vs.empty()) glUniform1fv(uniform(name), static_cast<GLsizei>(vs.size()), vs.data());
  }

 private:
  ProgramObject program_;
  mutable std::unordered_map<std::string, GLint> uniforms_;
};

}  // namespace hipscope::gl
