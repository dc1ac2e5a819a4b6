// The bones a tension path runs around (hip bones, sacrum, coccyx, lumbar vertebrae, femurs), each
// posed rigidly with the joint most of its vertices follow: a point is taken into the bone's rest
// frame, tested and pushed out there, and taken back. Their meshes are taken when the model loads,
// their search trees built the first time a path is routed (a still without tension never needs them).
#pragma once
#include <memory>
#include <mutex>
#include <vector>

#include <glm/glm.hpp>

#include "scene/MeshQuery.hpp"
#include "scene/Model.hpp"

namespace hipscope {

class BoneSurfaces {
 public:
  BoneSurfaces() = default;
  explicit BoneSurfaces(const Model& model);

  bool empty() const { return !state_ || state_->meshes.empty(); }
  // Each bone's rest-to-posed transform and its inverse for one pose: worked out once, used for many points.
  struct Posed {
    std::vector<glm::mat4> toPose, toRest;
  };
  Posed posed(const std::vector<glm::mat4>& joints) const;
  // How deep `p` lies inside the deepest bone it is in (metres, 0 outside). `joints`: rest-to-posed
  // per Model::jointNames (empty: rest).
  float depthInside(const glm::vec3& p, const std::vector<glm::mat4>& joints) const;
  // `p` moved out of every bone it lies in, to that bone's surface plus `clearance` along its normal.
  glm::vec3 pushOut(glm::vec3 p, const std::vector<glm::mat4>& joints, float clearance) const {
    return pushOut(p, posed(joints), clearance);
  }
  glm::vec3 pushOut(glm::vec3 p, const Posed& pose, float clearance) const;

 private:
  struct Bone {
    std::shared_ptr<const mesh::MeshQuery> tree;  // at rest
    int joint = -1;                               // Model::jointNames index it moves with, -1: none
  };
  glm::mat4 poseOf(const Bone& bone, const std::vector<glm::mat4>& joints) const;
  const std::vector<Bone>& bones() const;  // built on first use
  struct State {
    std::vector<mesh::TriangleMesh> meshes;  // at rest, until their trees are built
    std::vector<int> joints;
    std::once_flag built;
    std::vector<Bone> bones;
  };
  std::shared_ptr<State> state_;
};

}  // namespace hipscope
