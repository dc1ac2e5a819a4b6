// Axis-aligned bounding box with the bounding-sphere helpers the camera frames with.
#pragma once
#include <limits>

#include <glm/glm.hpp>

namespace hipscope {

struct Bounds {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};

  bool empty() const { return min.x > max.x; }
  void add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void add(const Bounds& b) {
    if (!b.empty()) add(b.min), add(b.max);
  }
  glm::vec3 center() const { return empty() ? glm::vec3(0) : (min + max) * 0.5f; }
  glm::vec3 size() const { return empty() ? glm::vec3(0) : max - min; }
  float radius() const { return empty() ? 0.0f : glm::length(max - min) * 0.5f; }
};

}  // namespace hipscope
