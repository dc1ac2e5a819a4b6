// Anatomy fidelity: no muscle vertex sits more than 2 mm deep inside a bone (or a lumbar disc).
#include <algorithm>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kMaxDepth = 0.002;  // m

struct Penetration {
  std::string muscle;
  double worstDepth = 0;  // m, 0 when no vertex is inside any bone
  std::string worstBone;
  Vec3 worstVertex{0};
  std::size_t insideVertices = 0;  // vertices inside some bone at all
  std::size_t deepVertices = 0;    // vertices deeper than the limit
};

Penetration measure(const std::string& muscleName, const MeshQuery& muscle,
                    const std::vector<std::pair<std::string, const MeshQuery*>>& bones) {
  Penetration result;
  result.muscle = muscleName;
  for (const Vec3& v : muscle.mesh().positions) {
    double deepest = 0;
    const std::string* deepestBone = nullptr;
    bool inside = false;
    for (const auto& [boneName, bone] : bones) {
      if (!bone->bounds().contains(v) || !bone->contains(v)) continue;
      inside = true;
      const double depth = bone->closest(v).distance;
      if (depth > deepest) deepest = depth, deepestBone = &boneName;
    }
    if (inside) ++result.insideVertices;
    if (deepest > kMaxDepth) ++result.deepVertices;
    if (deepestBone && deepest > result.worstDepth) {
      result.worstDepth = deepest;
      result.worstBone = *deepestBone;
      result.worstVertex = v;
    }
  }
  return result;
}

// The inside test below trusts the winding number, which needs closed bone meshes; glTF also wants them
// wound outward. Closed: probes 0.2 mm either side of sampled triangles read inside on exactly one side.
// Outward: positive signed volume.
TEST(AnatomyFidelity, BoneMeshesAreClosedAndOutwardFacing) {
  HIPSCOPE_REQUIRE_MODEL();
  constexpr double kProbe = 0.0002;  // m
  for (const auto& name : boneNames()) {
    const MeshQuery* bone = anatomy().part(name);
    if (!bone) continue;  // reported by ModelHasEveryCatalogPart
    const TriangleMesh& m = bone->mesh();
    double volume = 0;
    for (const auto& t : m.triangles)
      volume += glm::dot(m.positions[t[0]], glm::cross(m.positions[t[1]], m.positions[t[2]])) / 6.0;
    const std::size_t step = std::max<std::size_t>(1, m.triangles.size() / 1000);
    int probes = 0, closed = 0;
    for (std::size_t i = 0; i < m.triangles.size(); i += step) {
      const auto& t = m.triangles[i];
      const Vec3 &a = m.positions[t[0]], &b = m.positions[t[1]], &c = m.positions[t[2]];
      const Vec3 n = glm::cross(b - a, c - a);
      if (glm::length(n) == 0) continue;
      const Vec3 centre = (a + b + c) / 3.0, offset = glm::normalize(n) * kProbe;
      ++probes;
      closed += bone->contains(centre - offset) != bone->contains(centre + offset);
    }
    const double agree = probes ? double(closed) / probes : 0;
    std::printf(
        "bone %-10s signed volume %8.1f cm3 (%s); %5.1f %% of %d probe pairs across the surface read "
        "inside on exactly one side\n",
        name.c_str(), volume * 1e6, volume > 0 ? "outward" : "INSIDE-OUT", 100 * agree, probes);
    EXPECT_GT(volume, 0) << name << ": signed volume " << volume * 1e6
                         << " cm3 is not positive: the mesh is wound inside-out (triangles must face outward)";
    EXPECT_GE(agree, 0.95) << name << ": only " << 100 * agree << " % of probe pairs across the surface read inside "
                           << "on exactly one side: the mesh is not closed, so inside/outside is unreliable";
  }
}

TEST(AnatomyFidelity, NoMuscleVertexMoreThan2mmInsideBone) {
  HIPSCOPE_REQUIRE_MODEL();
  const Anatomy& a = anatomy();
  std::vector<std::pair<std::string, const MeshQuery*>> bones;
  for (const auto& name : boneNames())
    if (const MeshQuery* p = a.part(name))
      bones.emplace_back(name, p);
    else
      std::printf("bone %s: not in the model, not checked against\n", name.c_str());

  // The nerves too: each is laid clear of the bones it runs past (behind the knee, round the fibula).
  std::vector<std::string> soft = sidedMuscleNames();
  soft.insert(soft.end(), sidedNerveNames().begin(), sidedNerveNames().end());
  std::vector<std::pair<std::string, const MeshQuery*>> muscles;
  for (const auto& base : soft)
    for (const char* side : kSides) {
      const std::string name = sided(base, side);
      if (const MeshQuery* p = a.part(name))
        muscles.emplace_back(name, p);
      else
        std::printf("muscle %s: not in the model, not checked\n", name.c_str());
    }

  // Muscles are independent: share them out over the cores.
  std::vector<Penetration> results(muscles.size());
  const unsigned workers = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&, w] {
      for (std::size_t i = w; i < muscles.size(); i += workers)
        results[i] = measure(muscles[i].first, *muscles[i].second, bones);
    });
  for (auto& t : threads) t.join();

  for (const auto& r : results) {
    if (r.insideVertices == 0) {
      std::printf("%-26s worst depth 0.0 mm (no vertex inside a bone)\n", r.muscle.c_str());
      continue;
    }
    std::printf(
        "%-26s worst depth %5.1f mm inside %-10s at (%.4f, %.4f, %.4f); %zu vertices inside bone, %zu deeper "
        "than %.0f mm\n",
        r.muscle.c_str(), mm(r.worstDepth), r.worstBone.c_str(), r.worstVertex.x, r.worstVertex.y, r.worstVertex.z,
        r.insideVertices, r.deepVertices, mm(kMaxDepth));
    EXPECT_LE(r.worstDepth, kMaxDepth) << r.muscle << ": " << r.deepVertices << " vertices lie more than 2 mm inside "
                                       << "bone; the deepest is " << mm(r.worstDepth) << " mm inside " << r.worstBone;
  }
}

}  // namespace
}  // namespace hipscope::anatomy
