// Writes generated meshes as one glTF 2.0 binary (.glb): one named node and material per mesh.
#pragma once
#include <filesystem>
#include <vector>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

// A skeleton joint: a node at `position` (model space, rest pose) under `parent` (-1 = root).
struct Joint {
  std::string name;
  int parent;
  glm::vec3 position;
};

// Deterministic: the same meshes always give the same bytes. Writes atomically (temp + rename).
// Meshes that carry joints/weights are bound to one skin over `joints`.
void writeGlb(const std::vector<GenMesh>& meshes, const std::filesystem::path& path,
              const std::vector<Joint>& joints = {});

}  // namespace hipscope::gen
