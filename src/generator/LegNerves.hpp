// The two nerves the sciatic nerve divides into above the knee.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// tibial_nerve_l/_r (down the popliteal fossa and the calf, behind the medial malleolus into the
// sole) and common_fibular_nerve_l/_r (along the biceps femoris, round the neck of the fibula to the
// front of the leg and the top of the foot), each starting where the sciatic nerve's branch ends and
// laid clear of the bones. Authoring space, like the other generated meshes.
std::vector<GenMesh> buildLegNerves(const BoneDistance& bones);

}  // namespace hipscope::gen
