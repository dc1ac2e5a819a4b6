// Loads any model Assimp reads (OBJ, glTF/GLB, FBX, STL, PLY, DAE) into a Model.
#pragma once
#include <filesystem>

#include "scene/Model.hpp"

namespace hipscope {

// Throws UserError with a one-line message naming the file and the problem.
Model loadModel(const std::filesystem::path& path);

}  // namespace hipscope
