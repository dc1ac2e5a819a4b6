// Writes generated meshes as one glTF 2.0 binary (.glb): one named node and material per mesh.
#pragma once
#include <filesystem>
#include <vector>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

// Deterministic: the same meshes always give the same bytes. Writes atomically (temp + rename).
void writeGlb(const std::vector<GenMesh>& meshes, const std::filesystem::path& path);

}  // namespace hipscope::gen
