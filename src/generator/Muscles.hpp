// Muscles, authored as lofts and fan-shaped sheets between their attachments.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// All muscles of both sides, wrapped so that none passes through a bone.
std::vector<GenMesh> buildMuscles(const BoneDistance& bones);

}  // namespace hipscope::gen
