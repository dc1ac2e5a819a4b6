// Joint placement and per-vertex joint weights.
#include "generator/Skinning.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

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

int nearestJoint(const glm::vec3& p, const std::vector<BoneShape>& bones) {
  float best = 1e9f;
  int joint = kPelvis;
  for (const BoneShape& b : bones) {
    const glm::vec3 outside = glm::max(glm::max(b.lo - p, p - b.hi), glm::vec3(0.0f));
    if (glm::length(outside) >= best) continue;
    const float d = b.field(p);
    if (d < best) best = d, joint = jointOfBone(b.name);
  }
  return joint;
}

void writeMechanics(const std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones,
                    const std::vector<Joint>& joints, const std::filesystem::path& path) {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["units"] = "metres, model axes (+X subject's left, +Y up, +Z forward), rest pose";
  nlohmann::ordered_json js = nlohmann::ordered_json::array();
  for (const Joint& j : joints)
    js.push_back({{"name", j.name}, {"parent", j.parent < 0 ? "" : joints[j.parent].name}, {"position", {j.position.x, j.position.y, j.position.z}}});
  doc["joints"] = js;
  nlohmann::ordered_json muscles = nlohmann::ordered_json::array();
  // Joints are chosen on the left-side copy of each point and mapped back, so both sides of the
  // body get the same attachments (the distance fields differ in the last bits between sides).
  auto jointAt = [&bones](glm::vec3 p) {
    const bool right = p.x < 0;
    p.x = std::abs(p.x);
    const int j = nearestJoint(p, bones);
    return right && j == kHipL ? kHipR : j;
  };
  for (const GenMesh& m : meshes) {
    if (m.lineOfAction.empty()) continue;
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < m.lineOfAction.size(); ++i) {
      const glm::vec3& p = m.lineOfAction[i];
      // Attachments move with the bone they sit on. A via point in front of the hip joint (the
      // iliopsoas over the joint capsule and pubic brim) stays with the pelvis; the others move
      // with the nearest bone.
      const bool attachment = i == 0 || i + 1 == m.lineOfAction.size();
      auto inFrontOf = [&p](const glm::vec3& hip) { return glm::length(p - hip) < 0.045f && p.z - hip.z > 0.015f; };
      const bool overHip = inFrontOf(kLeft(lm::hipCentre)) || inFrontOf(kRight(lm::hipCentre));
      // A via point within 3 cm of the insertion is part of the tendon and moves with its bone.
      const bool nearInsertion = glm::length(p - m.lineOfAction.back()) < 0.03f;
      // A via point in front of the thigh, well below the hip joint, rides on the thigh (the rectus
      // femoris, the front of the adductors), even where the pelvis's rim happens to be nearer.
      auto onFrontOfThigh = [&p](const glm::vec3& hip) {
        return std::abs(p.x - hip.x) < 0.06f && p.y < hip.y - 0.03f && p.z > hip.z - 0.02f;
      };
      const int insertionJoint = jointAt(m.lineOfAction.back());
      const bool thigh = insertionJoint != kPelvis && (onFrontOfThigh(kLeft(lm::hipCentre)) || onFrontOfThigh(kRight(lm::hipCentre)));
      const int joint = attachment ? jointAt(p)
                        : overHip  ? kPelvis
                        : nearInsertion || thigh ? insertionJoint
                                                 : jointAt(p);
      nlohmann::ordered_json point = {{"joint", joints[joint].name}, {"position", {p.x, p.y, p.z}}};
      if (!attachment) {
        // The way out of the nearest bone: the muscle presses on this via point only while its
        // straight course would dip the other way (see Mechanics::posedPath).
        const BoneDistance field(bones);
        const glm::vec3 n = field.gradient(p);
        point["normal"] = {n.x, n.y, n.z};
      }
      points.push_back(point);
    }
    muscles.push_back({{"id", m.name}, {"path", points}});
  }
  doc["muscles"] = muscles;
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp);
    out << doc.dump(1) << '\n';
    if (!out.flush()) throw std::runtime_error("could not write " + tmp.string());
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace hipscope::gen
