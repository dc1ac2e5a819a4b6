// The sciatic nerves, and the piriformis of the variant they pierce.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// The sciatic nerves with their L4-S3 roots, lying directly under the given piriformis meshes, and for
// the variant (NAME.through) the nerve through the muscle with the muscle split around it.
std::vector<GenMesh> buildNerves(const BoneDistance& bones, const GenMesh& piriformisL, const GenMesh& piriformisR);

}  // namespace hipscope::gen
