// Shader compilation and linking with readable errors.
#include "render/gl/Program.hpp"

#include <vector>

namespace hipscope::gl {
namespace {

std::string withDefines(const std::string& text, std::string_view defines) {
  if (defines.empty()) return text;
  const auto lineEnd = text.find('\n');
  if (text.rfind("#version", 0) != 0 || lineEnd == std::string::npos) return std::string(defines) + text;
  // "#line 2" keeps the driver's line numbers matching the file.
  return text.substr(0, lineEnd + 1) + std::string(defines) + "#line 2\n" + text.substr(lineEnd + 1);
}

ShaderObject compile(GLenum stage, const ShaderSource& source, std::string_view defines) {
  ShaderObject shader(glCreateShader(stage));
  const std::string text = withDefines(source.text, defines);
  const char* ptr = text.c_str();
  glShaderSource(shader.id(), 1, &ptr, nullptr);
  glCompileShader(shader.id());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint length = 0;
    glGetShaderiv(shader.id(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(std::max(length, 1)));
    glGetShaderInfoLog(shader.id(), length, nullptr, log.data());
    throw ShaderError("shader " + source.name + " failed to compile:\n" + log.data());
  }
  return shader;
}

}  // namespace

Program::Program(const ShaderSource& vertex, const ShaderSource& fragment, std::string_view defines) {
  ShaderObject vs = compile(GL_VERTEX_SHADER, vertex, defines);
  ShaderObject fs = compile(GL_FRAGMENT_SHADER, fragment, defines);
  ProgramObject program(glCreateProgram());
  glAttachShader(program.id(), vs.id());
  glAttachShader(program.id(), fs.id());
  glLinkProgram(program.id());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint length = 0;
    glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(std::max(length, 1)));
    glGetProgramInfoLog(program.id(), length, nullptr, log.data());
    throw ShaderError("program " + vertex.name + " + " + fragment.name + " failed to link:\n" + log.data());
  }
  glDetachShader(program.id(), vs.id());
  glDetachShader(program.id(), fs.id());
  program_ = std::move(program);
}

GLint Program::uniform(const char* name) const {
  auto it = uniforms_.find(name);
  if (it != uniforms_.end()) return it->second;
  const GLint location = glGetUniformLocation(program_.id(), name);
  uniforms_.emplace(name, location);
  return location;
}

}  // namespace hipscope::gl
