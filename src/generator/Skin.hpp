// The skin: the body outline polygonised into one closed, outward-facing mesh.
#pragma once
#include <string>
#include <vector>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

// The skin polygonised on cells of `cell` metres and moved into model space (convergeMesh). Unbound.
GenMesh buildSkin(const std::string& name, float cell);

// The structure (in model space) that comes nearest to the skin, and how near:
// the largest outline value over its vertices (negative: every vertex is inside by that much).
struct OutlineMargin {
  std::string structure;
  float worst = -1e9f;
  glm::vec3 at{0.0f};
};
OutlineMargin nearestToSkin(const std::vector<GenMesh>& meshes);

}  // namespace hipscope::gen
