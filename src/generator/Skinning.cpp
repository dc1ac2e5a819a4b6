// Joint placement and per-vertex joint weights.
#include "generator/Skinning.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "generator/BlendWeights.hpp"
#include "generator/Landmarks.hpp"
#include "generator/Leg.hpp"
#include "generator/Ligaments.hpp"

namespace hipscope::gen {
namespace {

constexpr int kPelvis = 0, kHipL = 6, kHipR = 7, kKneeL = 8, kKneeR = 9, kAnkleL = 10, kAnkleR = 11;
// Top of the greater trochanter: its centre plus the half-height of its bulk (Skeleton.cpp, femur).
constexpr float kTrochanterTop = lm::greaterTrochanter.y + 0.022f;
int lumbarJoint(int level) { return 6 - level; }  // L5 -> 1 ... L1 -> 5

glm::vec3 discCentre(int level) {  // disc below vertebra `level` (1..5)
  const glm::vec3 above = lm::lumbarBody[level - 1];
  const glm::vec3 below = level < 5 ? lm::lumbarBody[level] : lm::s1Centre;
  return (above + below) * 0.5f;
}

// Joint that moves a bone, by the bone's name.
// The kneecap glides in the femur's groove: it moves with the thigh (its tendon to the tibia is not
// modelled), so a bent knee never drives it into the condyles.
int jointOfBone(const std::string& name) {
  if (name == "femur_l" || name == "patella_l") return kHipL;
  if (name == "femur_r" || name == "patella_r") return kHipR;
  if (name == "tibia_l" || name == "fibula_l") return kKneeL;
  if (name == "tibia_r" || name == "fibula_r") return kKneeR;
  if (name == "foot_l") return kAnkleL;
  if (name == "foot_r") return kAnkleR;
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
    joints.push_back(
        {"lumbar_l" + std::to_string(level), level == 5 ? kPelvis : lumbarJoint(level + 1), discCentre(level)});
  joints.push_back({"hip_l", kPelvis, kLeft(lm::hipCentre)});
  joints.push_back({"hip_r", kPelvis, kRight(lm::hipCentre)});
  joints.push_back({"knee_l", kHipL, convergeLegs(kLeft(lm::kneeJoint))});
  joints.push_back({"knee_r", kHipR, convergeLegs(kRight(lm::kneeJoint))});
  joints.push_back({"ankle_l", kKneeL, convergeLegs(kLeft(lm::ankleJoint))});
  joints.push_back({"ankle_r", kKneeR, convergeLegs(kRight(lm::ankleJoint))});
  return joints;
}

void bindToSkeleton(std::vector<GenMesh>& meshes, const std::vector<BoneShape>& bones, const BlendBands& bands) {
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
    if (isLigament(m.name)) {  // both ends on the pelvic bones: it moves with the pelvis, rigidly
      bind(m, kPelvis, 0, 0.0f);
      continue;
    }
    m.joints.resize(m.positions.size());
    m.weights.resize(m.positions.size());
    for (std::size_t v = 0; v < m.positions.size(); ++v) {
      const BlendWeight w = blendWeight(m.positions[v], bones, bands);
      m.joints[v] = w.joints;
      m.weights[v] = w.weights;
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
    js.push_back({{"name", j.name},
                  {"parent", j.parent < 0 ? "" : joints[j.parent].name},
                  {"position", {j.position.x, j.position.y, j.position.z}}});
  doc["joints"] = js;
  nlohmann::ordered_json muscles = nlohmann::ordered_json::array();
  // A via point stands for the bone the muscle wraps over there, and that bone moves with the
  // point's joint: its way out (the normal) is taken from that joint's bones alone. (Taken from
  // every bone, a point riding the thigh could get the pelvis's normal and press on the wrong side.)
  std::map<int, std::vector<BoneShape>> bonesOfJoint;
  for (const BoneShape& b : bones) bonesOfJoint[jointOfBone(b.name)].push_back(b);
  // Everything is decided on the left-side copy of each point and mirrored back, so both sides of
  // the body get the same joints and normals: the distance fields differ between the sides in the
  // last bits, and far from a bone (a hamstring via point) in more than that, because the nearest
  // bone is found with bounding boxes in a fixed order.
  for (const GenMesh& m : meshes) {
    if (m.lineOfAction.empty()) continue;
    const bool right = m.lineOfAction.front().x < 0;
    auto leftCopy = [](glm::vec3 p) { return glm::vec3(std::abs(p.x), p.y, p.z); };
    const glm::vec3 hip = lm::hipCentre;  // the left hip; the points are left copies
    // The joint of the thigh: a hamstring or the IT band that inserts below the knee still lies on
    // the femur up the thigh.
    auto thighOf = [](int joint) { return joint == kKneeL || joint == kAnkleL ? kHipL : joint; };
    const glm::vec3 insertion = leftCopy(m.lineOfAction.back());
    const int insertionJoint = nearestJoint(insertion, bones);
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < m.lineOfAction.size(); ++i) {
      const glm::vec3& original = m.lineOfAction[i];
      const glm::vec3 p = leftCopy(original);
      // Attachments move with the bone they sit on. A via point in front of the hip joint (the
      // iliopsoas over the joint capsule and pubic brim) stays with the pelvis; the others move
      // with the nearest bone.
      const bool attachment = i == 0 || i + 1 == m.lineOfAction.size();
      const bool overHip = glm::length(p - hip) < 0.045f && p.z - hip.z > 0.015f;
      // A via point within 3 cm of the insertion is part of the tendon and moves with its bone.
      const bool nearInsertion = glm::length(p - insertion) < 0.03f;
      // A via point in front of the thigh, well below the hip joint, rides on the thigh (the rectus
      // femoris, the front of the adductors), even where the pelvis's rim happens to be nearer.
      const bool onFrontOfThigh = std::abs(p.x - hip.x) < 0.06f && p.y < hip.y - 0.03f && p.z > hip.z - 0.02f;
      // The pelvis ends at the ischial tuberosity: a via point more than 2 cm below it lies in the
      // thigh (the hamstrings' bellies on the back of the femur) and rides with it, even though the
      // far-off tuberosity can read nearer than the femur in the distance fields.
      // Only above the knee: below it (a calf muscle's belly) the shank carries the point.
      const bool belowPelvis = p.y < lm::ischialTuberosity.y - 0.02f && p.y > lm::tibialPlateauTop;
      const bool thigh = insertionJoint != kPelvis && (onFrontOfThigh || belowPelvis);
      int joint = attachment      ? nearestJoint(p, bones)
                  : overHip       ? kPelvis
                  : nearInsertion ? insertionJoint
                  : thigh         ? thighOf(insertionJoint)
                                  : nearestJoint(p, bones);
      // Nothing of the femur but its head reaches above the top of the greater trochanter (about
      // 1 cm above the hip centre). A via point higher than that cannot rest on the femur: it lies
      // on the superior hip capsule or the outer ilium (the gluteus medius's belly, the gluteus
      // minimus's tendon on its way to the front of the trochanter), which move with the pelvis,
      // even where the trochanter below reads nearest or the insertion is close.
      if (!attachment && joint == kHipL && p.y > kTrochanterTop) joint = kPelvis;
      const int sidedJoint = !right             ? joint
                             : joint == kHipL   ? kHipR
                             : joint == kKneeL  ? kKneeR
                             : joint == kAnkleL ? kAnkleR
                                                : joint;
      nlohmann::ordered_json point = {{"joint", joints[sidedJoint].name},
                                      {"position", {original.x, original.y, original.z}}};
      if (!attachment) {
        // The way out of the bone the muscle wraps over here: the muscle presses on this via point
        // only while its straight course would dip the other way (see Mechanics::posedPath). Over
        // the hip the iliopsoas wraps over the joint capsule and femoral head, a sphere about the
        // hip centre, so the way out is radial (the acetabulum's rim nearby would point it into
        // the joint).
        glm::vec3 n = overHip ? glm::normalize(p - hip) : BoneDistance(bonesOfJoint.at(joint)).gradient(p);
        if (right) n.x = -n.x;
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
