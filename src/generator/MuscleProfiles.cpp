// Shared profiles of the muscle and nerve generators, and the lofted muscle.
#include "generator/MuscleProfiles.hpp"

#include <algorithm>
#include <cmath>

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

Profile sections(std::vector<glm::vec3> k) {
  return [k](float t) {
    for (std::size_t i = 0; i + 1 < k.size(); ++i)
      if (t <= k[i + 1].x) {
        const float w = (t - k[i].x) / (k[i + 1].x - k[i].x);
        return glm::vec2(glm::mix(k[i].y, k[i + 1].y, w), glm::mix(k[i].z, k[i + 1].z, w));
      }
    return glm::vec2(k.back().y, k.back().z);
  };
}

Profile belly(glm::vec2 half, float peak, float tendon) {
  return [half, peak, tendon](float t) {
    const float x = t < peak ? 0.5f * t / peak : 0.5f + 0.5f * (t - peak) / (1.0f - peak);
    return half * (tendon + (1.0f - tendon) * std::pow(std::max(0.0f, std::sin(kPi * x)), 0.75f));
  };
}

GenMesh fusiform(const std::string& name, const std::vector<glm::vec3>& path, const Profile& profile, glm::vec3 up,
                 const glm::vec4& color, int rings, int sides) {
  GenMesh m = loft(name, path, profile, {rings, sides, up});
  m.color = color;
  m.lineOfAction = path;
  return m;
}

}  // namespace hipscope::gen
