// The bones as signed distance fields (our own construction from landmarks), polygonised to meshes.
#pragma once
#include <string>
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Sdf.hpp"

namespace hipscope::gen {

struct BoneShape {
  std::string name;
  Field field;
  glm::vec3 lo, hi;  // bounding box of the surface
  float cell;        // polygonisation resolution, metres
  glm::vec4 color;
};

// Every bone and disc, both sides, in authoring space (Leg.hpp: convergedShapes for model space).
std::vector<BoneShape> skeletonShapes();

// Distance to the nearest bone surface (negative inside a bone), fast outside bounding boxes.
class BoneDistance {
 public:
  explicit BoneDistance(const std::vector<BoneShape>& bones) : bones_(&bones) {}
  float operator()(const glm::vec3& p) const;
  glm::vec3 gradient(const glm::vec3& p) const;

 private:
  const std::vector<BoneShape>* bones_;
};

// Moves every vertex that lies within `margin` of a bone (or inside it) out to `margin`.
void pushOutOfBones(GenMesh& mesh, const BoneDistance& bones, float margin);

}  // namespace hipscope::gen
