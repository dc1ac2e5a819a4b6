// Loads any model Assimp reads (OBJ, glTF/GLB, FBX, STL, PLY, DAE) into a Model.
#pragma once
#include <filesystem>
#include <functional>

#include "options/Enums.hpp"
#include "scene/Model.hpp"

namespace hipscope {

struct ModelFrame {
  ModelUnits units = ModelUnits::Auto;
  ModelUp up = ModelUp::Auto;
};

// Throws UserError with a one-line message naming the file and the problem. The result is in metres
// with +Y up: `frame` says how to read files that do not say themselves (or overrides them).
// `progress`, when given, hears how far the import is (0..1, rising, in steps of at least 1 %):
// Assimp reading and processing the file is the first half, joining the meshes' vertices and
// smoothing their normals the second.
using ImportProgress = std::function<void(float)>;
Model loadModel(const std::filesystem::path& path, const ModelFrame& frame = {}, const ImportProgress& progress = {});

}  // namespace hipscope
