// The sacrotuberous and sacrospinous ligaments: the two bands that turn the sciatic notches of the
// hip bone into the greater and lesser sciatic foramina (our own estimates from the landmarks).
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// Both ligaments of both sides, in authoring space, laid just clear of the bones they span.
std::vector<GenMesh> buildLigaments(const BoneDistance& bones);

// True for a ligament's mesh (bound rigidly to the pelvis: both its ends are on the pelvic bones).
bool isLigament(const std::string& meshName);

}  // namespace hipscope::gen
