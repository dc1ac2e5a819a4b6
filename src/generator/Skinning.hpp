// The skeleton's joints and each mesh's binding to them (bones rigid, soft tissue blended).
#pragma once
#include <filesystem>
#include <vector>

#include "generator/BlendWeights.hpp"
#include "generator/GlbWriter.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// pelvis (root), lumbar_l5 ... lumbar_l1 (each at the disc below its vertebra), hip_l, hip_r.
std::vector<Joint> skeletonJoints();

// Binds every mesh: a bone or disc to its joint(s), a ligament to the pelvis; a muscle, nerve or the
// skin blended smoothly between the bones it spans (BlendWeights), over the bands given.
void bindToSkeleton(std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones, const BlendBands& bands = {});

// The joint whose bones lie nearest to `p` (what a muscle attachment or via point moves with).
int nearestJoint(const glm::vec3& p, const std::vector<BoneShape>& bones);

// Writes every muscle's line of action as JSON: points in rest-pose model space, each with the joint
// it moves with, and the joints themselves. The app's mechanics read this file.
void writeMechanics(const std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones,
                    const std::vector<Joint>& joints, const std::filesystem::path& path);

}  // namespace hipscope::gen
