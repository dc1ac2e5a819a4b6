// Anatomy fidelity: the skin is one closed, outward-facing surface that holds every other structure
// in the rest pose, with adult male girths (ANSUR II, Gordon et al. 2014: male means, waist 94 cm,
// buttock 102 cm, calf 39 cm, ankle 23 cm, for soldiers of about 85 kg; ours is 75 kg).
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr std::size_t kTriangleBudget = 16000;

// Length of the skin's section at height y, counting the pieces whose middle lies in x0..x1.
double girth(const MeshQuery& skin, double y, double x0, double x1) {
  const TriangleMesh& m = skin.mesh();
  double length = 0.0;
  for (const auto& t : m.triangles) {
    Vec3 cut[2];
    int n = 0;
    for (int e = 0; e < 3 && n < 2; ++e) {
      const Vec3 &a = m.positions[t[e]], &b = m.positions[t[(e + 1) % 3]];
      if ((a.y < y) != (b.y < y)) cut[n++] = a + (b - a) * ((y - a.y) / (b.y - a.y));
    }
    const Vec3 mid = (cut[0] + cut[1]) * 0.5;
    if (n == 2 && mid.x >= x0 && mid.x <= x1) length += glm::length(cut[1] - cut[0]);
  }
  return length;
}

TEST(AnatomyFidelity, SkinIsClosedOutwardFacingAndWithinBudget) {
  HIPSCOPE_REQUIRE_MODEL();
  const MeshQuery* skin = requirePart("skin");
  if (!skin) return;
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
  double volume = 0.0;
  for (const auto& t : skin->mesh().triangles) {
    for (int e = 0; e < 3; ++e) ++edges[std::minmax(t[e], t[(e + 1) % 3])];
    const Vec3 &a = skin->mesh().positions[t[0]], &b = skin->mesh().positions[t[1]], &c = skin->mesh().positions[t[2]];
    volume += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  std::size_t open = 0;
  for (const auto& [edge, count] : edges) open += count != 2;
  std::printf("skin: %zu triangles (budget %zu), %zu edges not shared by exactly two, volume %.1f litres\n",
              skin->mesh().triangles.size(), kTriangleBudget, open, volume * 1000.0);
  EXPECT_LE(skin->mesh().triangles.size(), kTriangleBudget);
  EXPECT_EQ(open, 0u) << "the skin is not closed";
  // Outward-facing: a positive volume. The body below the ribs of a 75 kg man is about 43 litres
  // (abdomen and pelvis 28 % and both legs 32 % of his mass, Dempster 1955 via Winter's tables, at
  // 1.05 kg/l), and a few litres more for the lower ribs' part of the thorax.
  EXPECT_GT(volume, 0.040);
  EXPECT_LT(volume, 0.055);
}

TEST(AnatomyFidelity, SkinHasAdultMaleGirths) {
  HIPSCOPE_REQUIRE_MODEL();
  const MeshQuery* skin = requirePart("skin");
  if (!skin) return;
  struct Girth {
    const char* name;
    double y, x0, x1, low, high;  // m
  };
  // The waist at L3, the buttocks over the greater trochanters, the left thigh, calf and ankle.
  const Girth girths[] = {{"waist", 0.17, -1, 1, 0.78, 0.95},
                          {"buttocks", -0.07, -1, 1, 0.92, 1.06},
                          {"mid-thigh", -0.30, 0, 1, 0.48, 0.60},
                          {"calf", -0.65, 0, 1, 0.34, 0.41},
                          {"ankle", -0.82, 0, 1, 0.21, 0.27}};
  for (const Girth& g : girths) {
    const double c = girth(*skin, g.y, g.x0, g.x1);
    std::printf("%s girth at y = %.2f: %.1f cm (expected %.0f to %.0f)\n", g.name, g.y, c * 100, g.low * 100,
                g.high * 100);
    EXPECT_GT(c, g.low) << g.name;
    EXPECT_LT(c, g.high) << g.name;
  }
}

TEST(AnatomyFidelity, EveryStructureLiesInsideTheSkin) {
  HIPSCOPE_REQUIRE_MODEL();
  const MeshQuery* skin = requirePart("skin");
  if (!skin) return;
  std::string worstPart;
  Vec3 worstAt(0);
  double worstDepth = kInfinity;  // m under the skin, negative outside
  std::size_t outside = 0, checked = 0;
  std::map<std::string, std::size_t> outsideOf;
  for (const auto& [name, part] : anatomy().parts) {
    if (name == "skin" || !part) continue;
    for (const Vec3& v : part->mesh().positions) {
      ++checked;
      const bool in = skin->windingNumber(v) > 0.5;
      outside += !in;
      if (!in) ++outsideOf[name];
      const double depth = (in ? 1.0 : -1.0) * skin->closest(v).distance;
      if (depth < worstDepth) worstDepth = depth, worstPart = name, worstAt = v;
    }
  }
  std::printf(
      "inside the skin: %zu of %zu vertices outside; nearest the skin: %s at (%.3f, %.3f, %.3f), %.1f mm "
      "under it\n",
      outside, checked, worstPart.c_str(), worstAt.x, worstAt.y, worstAt.z, mm(worstDepth));
  for (const auto& [name, n] : outsideOf) std::printf("  %s: %zu vertices outside the skin\n", name.c_str(), n);
  EXPECT_EQ(outside, 0u) << "worst: " << worstPart << ", " << mm(-worstDepth) << " mm outside the skin";
}

}  // namespace
}  // namespace hipscope::anatomy
