// Shared profiles of the muscle and nerve generators.
#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {

std::vector<glm::vec3> mirrored(const Side& s, std::initializer_list<glm::vec3> left) {
  std::vector<glm::vec3> out;
  for (const glm::vec3& p : left) out.push_back(s(p));
  return out;
}

Profile piriformisProfile() { return knots({{0, 0.015f}, {0.3f, 0.016f}, {0.6f, 0.010f}, {1, 0.004f}}, 0.5f); }

Profile knots(std::vector<glm::vec2> k, float aspect) {
  return [k, aspect](float t) {
    for (std::size_t i = 0; i + 1 < k.size(); ++i)
      if (t <= k[i + 1].x) {
        const float r = glm::mix(k[i].y, k[i + 1].y, (t - k[i].x) / (k[i + 1].x - k[i].x));
        return glm::vec2(r, r * aspect);
      }
    return glm::vec2(k.back().y, k.back().y * aspect);
  };
}

}  // namespace hipscope::gen
