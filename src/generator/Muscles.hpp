// Muscles and the sciatic nerve, authored as lofts and fan-shaped sheets between their attachments.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// All muscles of both sides, wrapped so that none passes through a bone.
std::vector<GenMesh> buildMuscles(const BoneDistance& bones);
// The sciatic nerves with their L4-S3 roots, lying directly under the given piriformis meshes.
std::vector<GenMesh> buildNerves(const BoneDistance& bones, const GenMesh& piriformisL, const GenMesh& piriformisR);

}  // namespace hipscope::gen
