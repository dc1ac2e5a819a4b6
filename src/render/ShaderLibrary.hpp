// Shader files from shaders/, embedded in the binary at build time.
#pragma once
#include <string_view>

#include "render/gl/Program.hpp"

namespace hipscope {

// The embedded file `name` (e.g. "mesh.frag"); throws ShaderError if there is none.
gl::ShaderSource shaderSource(std::string_view name);

}  // namespace hipscope
