// The skeleton's joints and each mesh's binding to them (bones rigid, soft tissue blended).
#pragma once
#include <filesystem>
#include <vector>

#include "generator/GlbWriter.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// pelvis (root), lumbar_l5 ... lumbar_l1 (each at the disc below its vertebra), hip_l, hip_r.
std::vector<Joint> skeletonJoints();

// Binds every mesh: a bone or disc to its joint(s); a muscle or nerve vertex to the one or two
// joints whose bones are nearest, blended where it is about equally near both (so a muscle that
// spans the hip is weighted to pelvis and femur and deforms when the hip moves). `blend`: how much
// nearer one joint's bones must be for the vertex to follow that joint alone (metres).
void bindToSkeleton(std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones, float blend = 0.03f);

// The joint whose bones lie nearest to `p` (what a muscle attachment or via point moves with).
int nearestJoint(const glm::vec3& p, const std::vector<BoneShape>& bones);

// Writes every muscle's line of action as JSON: points in rest-pose model space, each with the joint
// it moves with, and the joints themselves. The app's mechanics read this file.
void writeMechanics(const std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones,
                    const std::vector<Joint>& joints, const std::filesystem::path& path);

}  // namespace hipscope::gen
