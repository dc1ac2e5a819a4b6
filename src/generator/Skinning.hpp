// The skeleton's joints and each mesh's binding to them (bones rigid, soft tissue blended).
#pragma once
#include <vector>

#include "generator/GlbWriter.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// pelvis (root), lumbar_l5 ... lumbar_l1 (each at the disc below its vertebra), hip_l, hip_r.
std::vector<Joint> skeletonJoints();

// Binds every mesh: a bone or disc to its joint(s); a muscle or nerve vertex to the one or two
// joints whose bones are nearest, blended where it is about equally near both (so a muscle that
// spans the hip is weighted to pelvis and femur and deforms when the hip moves).
void bindToSkeleton(std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones);

}  // namespace hipscope::gen
