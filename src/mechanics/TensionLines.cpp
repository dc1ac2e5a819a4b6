// Tension line paths.
#include "mechanics/TensionLines.hpp"

#include <algorithm>

#include "anatomy/Tension.hpp"

namespace hipscope {
namespace {

int jointIndex(const Mechanics& m, const char* name) {
  for (std::size_t k = 0; k < m.joints().size(); ++k)
    if (m.joints()[k].name == name) return static_cast<int>(k);
  return -1;
}

}  // namespace

std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings, const Pose& pose) {
  if (settings.tension.empty()) return {};
  return tensionLines(mechanics, settings, mechanics.jointTransforms(pose));
}

std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings,
                                      const std::vector<glm::mat4>& world) {
  std::vector<TensionLine> out;
  if (settings.tension.empty()) return out;
  const int pelvis = jointIndex(mechanics, "pelvis"), l5 = jointIndex(mechanics, "lumbar_l5"),
            l4 = jointIndex(mechanics, "lumbar_l4");
  for (const MusclePath& m : mechanics.muscles()) {
    const float t = tensionOf(m.id, settings);
    if (t < 0.05f || m.points.empty()) continue;
    std::vector<glm::vec3> path = mechanics.posedPath(m, world);
    std::reverse(path.begin(), path.end());
    if (m.points.front().joint == pelvis && l5 >= 0 && l4 >= 0) {
      const float side = m.points.front().position.x >= 0 ? 1.0f : -1.0f;
      path.push_back(glm::vec3(side * 0.045f, 0.030f, -0.135f));                  // sacroiliac joint
      path.push_back(mechanics.joints()[static_cast<std::size_t>(l5)].position);  // L5/S1 disc
      path.push_back(glm::vec3(world[static_cast<std::size_t>(l5)] *
                               glm::vec4(mechanics.joints()[static_cast<std::size_t>(l4)].position, 1.0f)));  // L4/L5
    }
    out.push_back({m.id, t, std::move(path)});
  }
  return out;
}

}  // namespace hipscope
