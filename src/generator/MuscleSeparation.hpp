// The last word on muscles passing into each other: wherever a vertex of one muscle lies inside
// another (two seeds authored overlapping, a tendon on a belly, what smoothing and simplification
// moved), it is taken back to the other's surface.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

// Every vertex of every mesh that lies inside another of them, or inside one of `fixed` (the nerves,
// which stay where they are), moves onto that one's surface (as it was before any moved), `clearance`
// metres outside it. Returns the deepest it found, in metres.
float separate(std::vector<GenMesh*>& meshes, const std::vector<const GenMesh*>& fixed, float clearance);

}  // namespace hipscope::gen
