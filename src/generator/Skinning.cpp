// Joint placement and per-vertex joint weights.
#include "generator/Skinning.hpp"

#include <algorithm>
#include <map>

#include "generator/Landmarks.hpp"

namespace hipscope::gen {
namespace {

constexpr int kPelvis = 0, kHipL = 6, kHipR = 7;
int lumbarJoint(int level) { return 6 - level; }  // L5 -> 1 ... L1 -> 5

glm::vec3 discCentre(int level) {  // disc below vertebra `level` (1..5)
  const glm::vec3 above = lm::lumbarBody[level - 1];
  const glm::vec3 below = level < 5 ? lm::lumbarBody[level] : lm::s1Centre;
  return (above + below) * 0.5f;
}

// Joint that moves a bone, by the bone's name.
int jointOfBone(const std::string& name) {
  if (name == "femur_l") return kHipL;
  if (name == "femur_r") return kHipR;
  if (name.size() == 2 && name[0] == 'l') return lumbarJoint(name[1] - '0');
  return kPelvis;
}

void bind(GenMesh& m, int a, int b, float wb) {
  m.joints.assign(m.positions.size(), glm::u16vec4(a, b, 0, 0));
  m.weights.assign(m.positions.size(), glm::vec4(1 - wb, wb, 0, 0));
}

}  // namespace

std::vector<Joint> skeletonJoints() {
  std::vector<Joint> joints{{"pelvis", -1, {0, 0, 0}}};
  for (int level = 5; level >= 1; --level)
    joints.push_back({"lumbar_l" + std::to_string(level), level == 5 ? kPelvis : lumbarJoint(level + 1), discCentre(level)});
  joints.push_back({"hip_l", kPelvis, kLeft(lm::hipCentre)});
  joints.push_back({"hip_r", kPelvis, kRight(lm::hipCentre)});
  return joints;
}

void bindToSkeleton(std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones) {
  std::map<std::string, const BoneShape*> byName;
  for (const BoneShape& b : bones) byName[b.name] = &b;
  for (GenMesh& m : meshes) {
    if (byName.count(m.name)) {
      if (m.name.rfind("disc_l", 0) == 0) {  // a disc bends with both vertebrae it joins
        const int upper = m.name[6] - '0';
        bind(m, lumbarJoint(upper), upper == 5 ? kPelvis : lumbarJoint(upper + 1), 0.5f);
      } else {
        bind(m, jointOfBone(m.name), 0, 0.0f);
      }
      continue;
    }
    m.joints.resize(m.positions.size());
    m.weights.resize(m.positions.size());
    for (std::size_t v = 0; v < m.positions.size(); ++v) {
      const glm::vec3& p = m.positions[v];
      // Distance to the nearest bone of each joint.
      std::map<int, float> nearest;
      for (const BoneShape& b : bones) {
        const int joint = jointOfBone(b.name);
        const glm::vec3 outside = glm::max(glm::max(b.lo - p, p - b.hi), glm::vec3(0.0f));
        auto it = nearest.find(joint);
        if (it != nearest.end() && glm::length(outside) >= it->second) continue;
        const float d = b.field(p);
        if (it == nearest.end() || d < it->second) nearest[joint] = d;
      }
      std::vector<std::pair<float, int>> ranked;
      for (const auto& [joint, d] : nearest) ranked.push_back({d, joint});
      std::sort(ranked.begin(), ranked.end());
      const float second = ranked.size() > 1 ? 0.5f * std::clamp(1.0f - (ranked[1].first - ranked[0].first) / 0.03f, 0.0f, 1.0f) : 0.0f;
      m.joints[v] = glm::u16vec4(ranked[0].second, ranked.size() > 1 ? ranked[1].second : 0, 0, 0);
      m.weights[v] = glm::vec4(1.0f - second, second, 0, 0);
    }
  }
}

}  // namespace hipscope::gen
