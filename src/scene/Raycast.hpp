// Ray against the model's triangles: what lies under the cursor (double-click recentre, later picking).
#pragma once
#include <optional>
#include <string>

#include "scene/Model.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct RayHit {
  float distance;
  glm::vec3 point;
  std::size_t part;  // index into Model::parts
};

// Parts whose flag in `visible` is 0 are ignored (null: all parts count).
std::optional<RayHit> raycast(const Model& model, const Ray& ray, const std::vector<char>* visible = nullptr);

}  // namespace hipscope
