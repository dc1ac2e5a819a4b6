// Tension paths: group x side, a Catmull-Rom curve routed around the bones.
#include "mechanics/TensionLines.hpp"

#include <algorithm>
#include <cmath>

#include "anatomy/Tension.hpp"

namespace hipscope {
namespace {

struct PathGroup {
  const char* name;
  std::vector<std::string> members;  // ids without side
  bool sacroiliac;                   // the pull reaches the spine through the sacroiliac joint
};

// The groups as a patient is shown them. The back of the hip (rotators, buttock, hamstrings through
// the sacrotuberous ligament) pulls on the sacrum and the sacroiliac joint; the hip flexors, the
// adductors and the low back muscles pull on the pelvis and the lumbar spine directly.
const std::vector<PathGroup>& pathGroups() {
  static const std::vector<PathGroup> groups = {
      {"hip_rotators",
       {"piriformis", "gemellus_superior", "gemellus_inferior", "obturator_internus", "obturator_externus",
        "quadratus_femoris"},
       true},
      {"glutes", {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"}, true},
      {"hamstrings", {"biceps_femoris_long", "semitendinosus", "semimembranosus"}, true},
      {"hip_flexors", {"iliacus", "psoas_major", "rectus_femoris", "tensor_fasciae_latae", "sartorius"}, false},
      {"adductors", {"adductor_magnus", "adductor_longus", "adductor_brevis", "pectineus", "gracilis"}, false},
      {"low_back", {"quadratus_lumborum", "erector_spinae", "multifidus"}, false},
  };
  return groups;
}

int jointIndex(const Mechanics& m, const char* name) {
  for (std::size_t k = 0; k < m.joints().size(); ++k)
    if (m.joints()[k].name == name) return static_cast<int>(k);
  return -1;
}

glm::vec3 transformed(const std::vector<glm::mat4>& world, int joint, const glm::vec3& p) {
  if (joint < 0 || static_cast<std::size_t>(joint) >= world.size()) return p;
  return glm::vec3(world[static_cast<std::size_t>(joint)] * glm::vec4(p, 1.0f));
}

// The point halfway along a polyline.
glm::vec3 midpoint(const std::vector<glm::vec3>& path) {
  float total = 0;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) total += glm::distance(path[i], path[i + 1]);
  float left = total * 0.5f;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    const float d = glm::distance(path[i], path[i + 1]);
    if (d >= left && d > 0) return glm::mix(path[i], path[i + 1], left / d);
    left -= d;
  }
  return path.front();
}

// Centripetal Catmull-Rom through `c`, sampled about every `step` metres.
std::vector<glm::vec3> smoothCurve(const std::vector<glm::vec3>& c, float step) {
  std::vector<glm::vec3> out;
  if (c.size() < 2) return c;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) {
    const glm::vec3 p0 = i > 0 ? c[i - 1] : 2.0f * c[i] - c[i + 1];
    const glm::vec3 p1 = c[i], p2 = c[i + 1];
    const glm::vec3 p3 = i + 2 < c.size() ? c[i + 2] : 2.0f * c[i + 1] - c[i];
    const auto knot = [](const glm::vec3& a, const glm::vec3& b) {
      return std::max(std::sqrt(glm::distance(a, b)), 1e-4f);
    };
    const float t0 = 0, t1 = t0 + knot(p0, p1), t2 = t1 + knot(p1, p2), t3 = t2 + knot(p2, p3);
    const int n = std::max(2, static_cast<int>(std::ceil(glm::distance(p1, p2) / step)));
    for (int k = 0; k < n; ++k) {
      const float t = t1 + (t2 - t1) * static_cast<float>(k) / static_cast<float>(n);
      const glm::vec3 a1 = ((t1 - t) * p0 + (t - t0) * p1) / (t1 - t0);
      const glm::vec3 a2 = ((t2 - t) * p1 + (t - t1) * p2) / (t2 - t1);
      const glm::vec3 a3 = ((t3 - t) * p2 + (t - t2) * p3) / (t3 - t2);
      const glm::vec3 b1 = ((t2 - t) * a1 + (t - t0) * a2) / (t2 - t0);
      const glm::vec3 b2 = ((t3 - t) * a2 + (t - t1) * a3) / (t3 - t1);
      out.push_back(((t2 - t) * b1 + (t - t1) * b2) / (t2 - t1));
    }
  }
  out.push_back(c.back());
  return out;
}

// Out of the bones, smoothed, out again, a few times: the path relaxes into a smooth curve that hugs
// a bone it meets instead of crossing it (the last step pushes out, so no point ends inside).
void routeAround(std::vector<glm::vec3>& path, const BoneSurfaces& bones, const BoneSurfaces::Posed& joints) {
  constexpr int kPasses = 4;
  for (int pass = 0; pass < kPasses; ++pass) {
    for (glm::vec3& p : path) p = bones.pushOut(p, joints, kPathClearance);
    if (pass == kPasses - 1) break;
    for (int k = 0; k < 3; ++k) {
      std::vector<glm::vec3> smoothed = path;
      for (std::size_t i = 1; i + 1 < path.size(); ++i)
        smoothed[i] = 0.25f * path[i - 1] + 0.5f * path[i] + 0.25f * path[i + 1];
      path = std::move(smoothed);
    }
  }
}

}  // namespace

LowBackPoints lowBackPoints(const Mechanics& mechanics, const std::vector<glm::mat4>& joints) {
  LowBackPoints p;
  const int pelvis = jointIndex(mechanics, "pelvis"), l5 = jointIndex(mechanics, "lumbar_l5"),
            l4 = jointIndex(mechanics, "lumbar_l4");
  if (l5 >= 0) p.l5s1 = transformed(joints, pelvis, mechanics.joints()[static_cast<std::size_t>(l5)].position);
  if (l4 >= 0) p.l4l5 = transformed(joints, l5, mechanics.joints()[static_cast<std::size_t>(l4)].position);
  for (int side = 0; side < 2; ++side)  // our estimate of the joint line's middle, behind the sacral ala
    p.sacroiliac[side] = transformed(joints, pelvis, glm::vec3(side == 0 ? 0.045f : -0.045f, 0.030f, -0.135f));
  return p;
}

std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings, const Pose& pose) {
  if (settings.tension.empty()) return {};
  return tensionLines(mechanics, settings, mechanics.jointTransforms(pose));
}

std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings,
                                      const std::vector<glm::mat4>& world, const BoneSurfaces* bones,
                                      const std::vector<glm::mat4>& modelJoints) {
  std::vector<TensionLine> out;
  if (settings.tension.empty()) return out;
  const int pelvis = jointIndex(mechanics, "pelvis");
  const LowBackPoints spine = lowBackPoints(mechanics, world);
  for (const PathGroup& group : pathGroups()) {
    for (int side = 0; side < 2; ++side) {
      const char* suffix = side == 0 ? "_l" : "_r";
      float tension = 0, bellyWeight = 0, attachWeight = 0;
      glm::vec3 belly(0.0f), attach(0.0f);
      for (const std::string& member : group.members) {
        const MusclePath* m = mechanics.find(member + suffix);
        if (!m || m->points.empty()) continue;
        const float t = tensionOf(m->id, settings);
        if (t < 0.05f) continue;
        const std::vector<glm::vec3> path = mechanics.posedPath(*m, world);
        tension = std::max(tension, t);
        belly += t * midpoint(path), bellyWeight += t;
        if (m->points.front().joint == pelvis) attach += t * path.front(), attachWeight += t;
      }
      if (bellyWeight <= 0) continue;
      std::vector<glm::vec3> control{belly / bellyWeight};
      if (attachWeight > 0) control.push_back(attach / attachWeight);
      if (group.sacroiliac) control.push_back(spine.sacroiliac[side]);
      control.push_back(spine.l5s1);
      control.push_back(spine.l4l5);
      // Routed coarse (1 cm apart, where pushing and smoothing cost a fifth of the final samples),
      // then drawn as a curve through those points, 2 mm apart, pushed out once more.
      std::vector<glm::vec3> points = smoothCurve(control, bones && !bones->empty() ? 0.010f : 0.003f);
      if (bones && !bones->empty()) {
        const BoneSurfaces::Posed posed = bones->posed(modelJoints);
        routeAround(points, *bones, posed);
        points = smoothCurve(points, 0.002f);
        for (glm::vec3& p : points) p = bones->pushOut(p, posed, kPathClearance);
      }
      out.push_back({std::string(group.name) + suffix, tension, std::move(points), group.sacroiliac, side});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TensionLine& a, const TensionLine& b) { return a.tension > b.tension; });
  if (out.size() > kMaxTensionPaths) out.resize(kMaxTensionPaths);
  return out;
}

}  // namespace hipscope
