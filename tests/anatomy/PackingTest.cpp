// Anatomy fidelity: muscles at their size in life (MRI volumes), a packed thigh, and no muscle passing
// into another. Every figure printed.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "Anatomy.hpp"
#include "Shortfalls.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kVolumeTolerance = 0.25;  // each muscle, of its MRI volume
constexpr double kSumTolerance = 0.10;     // all of them together
constexpr double kSectionFill = 0.92;      // of the section's convex hull
constexpr double kOverlapLimit = 0.002;    // m

double enclosedVolume(const MeshQuery& q) {
  const TriangleMesh& m = q.mesh();
  double v = 0;
  for (const auto& t : m.triangles)
    v += glm::dot(m.positions[t[0]], glm::cross(m.positions[t[1]], m.positions[t[2]])) / 6.0;
  return v;
}

TEST(AnatomyFidelity, MuscleVolumesWithin25PercentOfMriAndTheirSumWithin10Percent) {
  HIPSCOPE_REQUIRE_MODEL();
  HIPSCOPE_REQUIRE_REFERENCE();
  const std::filesystem::path file = std::filesystem::path(referenceDirectory()).parent_path() / "muscle_volumes.json";
  std::ifstream in(file);
  ASSERT_TRUE(in) << "cannot read " << file;
  const nlohmann::json doc = nlohmann::json::parse(in);
  const double height = doc.at("subject").at("height_m"), mass = doc.at("subject").at("mass_kg");
  const double limb = 47 * height * mass + 1285;  // the file's whole-limb muscle volume, cm3
  for (const char* side : kSides) {
    double sumOurs = 0, sumMri = 0;
    for (const auto& muscle : doc.at("muscles")) {
      const double mri = muscle.contains("slope")
                             ? muscle.at("slope").get<double>() * height * mass + muscle.at("intercept").get<double>()
                             : muscle.at("b1").get<double>() * limb + muscle.at("b2").get<double>();
      double ours = 0;
      for (const auto& id : muscle.at("ids")) {
        const MeshQuery* part = requirePart(sided(id.get<std::string>(), side));
        if (part) ours += enclosedVolume(*part) * 1e6;
      }
      const double off = ours / mri - 1.0;
      std::printf("%-26s %s  ours %7.1f cm3, MRI %7.1f cm3 (%+6.1f %%)%s\n",
                  muscle.at("name").get<std::string>().c_str(), side, ours, mri, 100 * off,
                  std::abs(off) > kVolumeTolerance ? "   <-- off" : "");
      const std::string id = muscle.at("ids").at(0);
      if (const Shortfall* known = shortfall("volume", id)) {
        std::printf("    known shortfall: %s\n", std::string(known->why).c_str());
        EXPECT_GT(std::abs(off), kVolumeTolerance) << id << " is now within 25 %: take it out of Shortfalls.hpp";
      } else {
        EXPECT_LE(std::abs(off), kVolumeTolerance)
            << muscle.at("name") << " " << side << ": " << ours << " cm3 against " << mri << " cm3 (Handsfield 2014)";
      }
      sumOurs += ours, sumMri += mri;
    }
    std::printf("all %zu muscles, side %s: ours %.0f cm3, MRI %.0f cm3 (%+.1f %%)\n", doc.at("muscles").size(), side,
                sumOurs, sumMri, 100 * (sumOurs / sumMri - 1));
    EXPECT_LE(std::abs(sumOurs / sumMri - 1.0), kSumTolerance) << "side " << side;
  }
}

// Area of the convex hull of 2-D points (monotone chain).
double hullArea(std::vector<glm::dvec2> p) {
  std::sort(p.begin(), p.end(), [](auto a, auto b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  if (p.size() < 3) return 0;
  auto cross = [](glm::dvec2 o, glm::dvec2 a, glm::dvec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  };
  std::vector<glm::dvec2> h(2 * p.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < p.size(); h[k++] = p[i++])
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
  for (std::size_t i = p.size() - 1, t = k + 1; i > 0; h[k++] = p[--i])
    while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
  h.resize(k - 1);
  double area = 0;
  for (std::size_t i = 0; i < h.size(); ++i) {
    const glm::dvec2 a = h[i], b = h[(i + 1) % h.size()];
    area += a.x * b.y - b.x * a.y;
  }
  return std::abs(area) / 2;
}

// The right thigh cut across its femur at 35, 50 and 65 % of the way from the hip centre to the bottom
// of the femur: the muscle, bone and nerve it holds fill at least 92 % of its convex hull.
TEST(AnatomyFidelity, MidThighSectionsFillTheirConvexHull) {
  HIPSCOPE_REQUIRE_MODEL();
  const auto hip = anatomy().joint("hip_r");
  const MeshQuery* femur = requirePart("femur_r");
  ASSERT_TRUE(hip && femur);
  Vec3 bottom = femur->mesh().positions.front();
  for (const Vec3& p : femur->mesh().positions)
    if (p.y < bottom.y) bottom = p;
  std::vector<const MeshQuery*> parts;
  for (const auto* names : {&boneNames(), &sidedMuscleNames(), &sidedNerveNames()})
    for (const std::string& n : *names)
      if (const MeshQuery* q = anatomy().part(names == &boneNames() ? n : sided(n, "r"))) parts.push_back(q);
  const Vec3 axis = glm::normalize(bottom - *hip);
  const Vec3 u = glm::normalize(glm::cross(axis, Vec3(0, 0, 1))), w = glm::cross(axis, u);
  constexpr double kStep = 0.001, kHalf = 0.14;
  for (double fraction : {0.35, 0.50, 0.65}) {
    const Vec3 centre = *hip + (bottom - *hip) * fraction;
    std::vector<glm::dvec2> filled;
    for (double a = -kHalf; a <= kHalf; a += kStep)
      for (double b = -kHalf; b <= kHalf; b += kStep) {
        const Vec3 p = centre + u * a + w * b;
        if (p.x > -0.01) continue;  // the right leg only
        for (const MeshQuery* q : parts)
          if (q->contains(p)) {
            filled.push_back({a, b});
            break;
          }
      }
    const double area = filled.size() * kStep * kStep, hull = hullArea(filled);
    const double fill = hull > 0 ? area / hull : 0;
    std::printf("right thigh at %2.0f %% of the femur: %.1f cm2 of tissue in a hull of %.1f cm2: %.1f %% filled\n",
                fraction * 100, area * 1e4, hull * 1e4, fill * 100);
    if (const Shortfall* known = shortfall("section", std::to_string(int(std::lround(fraction * 100))))) {
      std::printf("    known shortfall: %s\n", std::string(known->why).c_str());
      EXPECT_LT(fill, kSectionFill) << "the section at " << fraction * 100
                                    << " % now fills 92 %: take it out of Shortfalls.hpp";
    } else {
      EXPECT_GE(fill, kSectionFill) << "section at " << fraction * 100 << " % of the femur";
    }
  }
}

// No muscle passes into another by more than 2 mm: for every pair, the deepest vertex of one inside
// the other, measured to the other's surface.
TEST(AnatomyFidelity, NoMuscleReachesMoreThan2mmIntoAnother) {
  HIPSCOPE_REQUIRE_MODEL();
  std::vector<std::pair<std::string, const MeshQuery*>> muscles;
  for (const char* side : kSides)
    for (const std::string& n : sidedMuscleNames())
      if (const MeshQuery* q = anatomy().part(sided(n, side))) muscles.push_back({sided(n, side), q});
  double worst = 0;
  std::string worstPair = "none";
  for (std::size_t i = 0; i < muscles.size(); ++i)
    for (std::size_t j = i + 1; j < muscles.size(); ++j) {
      const Box& a = muscles[i].second->bounds();
      const Box& b = muscles[j].second->bounds();
      if (glm::any(glm::lessThan(a.max, b.min)) || glm::any(glm::lessThan(b.max, a.min))) continue;
      const ClosestPair pair = closestPair(*muscles[i].second, *muscles[j].second);
      if (!pair.overlap) continue;
      const double depth = glm::length(pair.onA - pair.onB);
      if (depth > kOverlapLimit)
        ADD_FAILURE() << muscles[i].first << " and " << muscles[j].first << " overlap by " << mm(depth) << " mm, at ("
                      << pair.onA.x << ", " << pair.onA.y << ", " << pair.onA.z << ")";
      if (depth > worst) worst = depth, worstPair = muscles[i].first + " / " + muscles[j].first;
    }
  std::printf("deepest overlap between two muscles: %.2f mm (%s)\n", mm(worst), worstPair.c_str());
}

}  // namespace
}  // namespace hipscope::anatomy
