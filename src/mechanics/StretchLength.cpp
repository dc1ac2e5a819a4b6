// Stretch lengths against standing.
#include "mechanics/StretchLength.hpp"

#include "options/Stretches.hpp"

namespace hipscope {

float pathLength(const Mechanics& mechanics, const MusclePath& muscle, const std::vector<glm::mat4>& transforms) {
  const std::vector<glm::vec3> path = mechanics.posedPath(muscle, transforms);
  float total = 0;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) total += glm::length(path[i + 1] - path[i]);
  return total;
}

std::vector<StretchChange> stretchChanges(const Mechanics& mechanics, int stretch, int side,
                                          const std::vector<glm::mat4>& transforms) {
  std::vector<StretchChange> out;
  if (stretch <= 0 || transforms.size() != mechanics.joints().size()) return out;
  for (const std::string& id : stretchTargets(static_cast<std::size_t>(stretch), side)) {
    const MusclePath* muscle = mechanics.find(id);
    if (!muscle) continue;
    const float standing = pathLength(mechanics, *muscle, mechanics.restTransforms());
    if (standing <= 0.0f) continue;
    out.push_back({id, 100.0f * (pathLength(mechanics, *muscle, transforms) / standing - 1.0f)});
  }
  return out;
}

float meanChange(const std::vector<StretchChange>& changes) {
  if (changes.empty()) return 0.0f;
  float sum = 0;
  for (const StretchChange& c : changes) sum += c.percent;
  return sum / static_cast<float>(changes.size());
}

}  // namespace hipscope
