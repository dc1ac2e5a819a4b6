// Anatomy fidelity of the calf: where the tibial nerve runs against the gastrocnemius and the soleus
// (Gray's Anatomy, 42nd ed., "Leg"; Netter, plates of the popliteal fossa and the posterior leg), and how
// the calf muscles' lines of action follow the knee and the ankle against OpenSim Gait2392.
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "Anatomy.hpp"
#include "mechanics/Mechanics.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kSlab = 0.002;             // m: vertices this near a level make the nerve's section there
constexpr double kStep = 0.0005;            // m: ray-march step
constexpr double kHeadReach = 0.030;        // m: each head of gastrocnemius within this of the nerve, either side
constexpr double kCalfReach = 0.080;        // m: how far behind the nerve the calf is searched
constexpr double kBehindMalleolus = 0.005;  // m: the nerve at least this far behind the medial malleolus
constexpr double kBesideMalleolus = 0.015;  // m: and no farther than this from it medio-laterally

// The centre of the nerve's section at height y: the mean of its vertices in the thinnest slab about y
// (2 mm, widened up to 16 mm: the loft's rings are farther apart where its path points are) that has any.
std::optional<Vec3> sectionCentre(const MeshQuery& nerve, double y) {
  for (double slab = kSlab; slab <= 8 * kSlab; slab *= 2) {
    Vec3 sum(0);
    int n = 0;
    for (const Vec3& v : nerve.mesh().positions)
      if (std::abs(v.y - y) <= slab) sum += v, ++n;
    if (n > 0) return sum / double(n);
  }
  return std::nullopt;
}

// Distance along `dir` from `from` to the first point inside `mesh`, or nullopt within `reach`.
std::optional<double> firstInside(const MeshQuery& mesh, const Vec3& from, const Vec3& dir, double reach) {
  for (double d = 0; d <= reach; d += kStep)
    if (mesh.contains(from + dir * d)) return d;
  return std::nullopt;
}

std::string shown(const std::optional<double>& d) {
  char text[32];
  if (!d) return "none";
  std::snprintf(text, sizeof text, "%.1f mm", mm(*d));
  return text;
}

// Medial is toward the midline: -X on the left side, +X on the right.
Vec3 medialOf(const char* side) { return {std::string(side) == "l" ? -1.0 : 1.0, 0.0, 0.0}; }

// In the popliteal fossa the tibial nerve runs down the midline between the two heads of gastrocnemius:
// at the level of the femoral condyles (2 cm below the knee's axis), gastrocnemius lies both medial and
// lateral of the nerve, within 3 cm, and the nerve is not inside it.
TEST(AnatomyFidelity, TibialNerveRunsBetweenTheHeadsOfGastrocnemius) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const MeshQuery* nerve = requirePart(sided("tibial_nerve", side));
    const MeshQuery* gastro = requirePart(sided("gastrocnemius", side));
    const auto knee = anatomy().joint(sided("knee", side));
    ASSERT_TRUE(knee) << "no joint node knee_" << side;
    if (!nerve || !gastro) continue;
    const double level = knee->y - 0.020;
    const auto centre = sectionCentre(*nerve, level);
    ASSERT_TRUE(centre) << "the tibial nerve has no section at y = " << level;
    const auto medial = firstInside(*gastro, *centre, medialOf(side), kHeadReach);
    const auto lateral = firstInside(*gastro, *centre, -medialOf(side), kHeadReach);
    const bool inside = gastro->contains(*centre);
    std::printf(
        "tibial_nerve_%s at y %.3f m (%.4f, %.4f): gastrocnemius medial of it at %s, lateral at %s (limit %.0f mm)%s\n",
        side, level, centre->x, centre->z, shown(medial).c_str(), shown(lateral).c_str(), mm(kHeadReach),
        inside ? "; the nerve is INSIDE gastrocnemius" : "");
    EXPECT_FALSE(inside) << "tibial_nerve_" << side << " runs through gastrocnemius at the condyles";
    EXPECT_TRUE(medial) << "tibial_nerve_" << side << ": no head of gastrocnemius medial of it within 30 mm";
    EXPECT_TRUE(lateral) << "tibial_nerve_" << side << ": no head of gastrocnemius lateral of it within 30 mm";
  }
}

// Below the popliteal fossa the nerve passes under the soleus's tendinous arch and runs down the calf
// deep to the soleus: at mid-calf (half-way from the knee's axis to the ankle's) a line straight back
// from the nerve meets the soleus first and the gastrocnemius only behind it.
TEST(AnatomyFidelity, TibialNerveRunsDeepToTheSoleus) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const MeshQuery* nerve = requirePart(sided("tibial_nerve", side));
    const MeshQuery* soleus = requirePart(sided("soleus", side));
    const MeshQuery* gastro = requirePart(sided("gastrocnemius", side));
    const auto knee = anatomy().joint(sided("knee", side)), ankle = anatomy().joint(sided("ankle", side));
    ASSERT_TRUE(knee && ankle) << "no knee_" << side << " or ankle_" << side << " joint node";
    if (!nerve || !soleus || !gastro) continue;
    const double level = 0.5 * (knee->y + ankle->y);
    const auto centre = sectionCentre(*nerve, level);
    ASSERT_TRUE(centre) << "the tibial nerve has no section at y = " << level;
    const Vec3 back(0, 0, -1);
    const auto toSoleus = firstInside(*soleus, *centre, back, kCalfReach);
    const auto toGastro = firstInside(*gastro, *centre, back, kCalfReach);
    const bool inSoleus = soleus->contains(*centre);
    std::printf(
        "tibial_nerve_%s at mid-calf y %.3f m (%.4f, %.4f): straight back, soleus at %s, gastrocnemius at %s%s\n", side,
        level, centre->x, centre->z, shown(toSoleus).c_str(), shown(toGastro).c_str(),
        inSoleus ? "; the nerve is INSIDE the soleus" : "");
    EXPECT_FALSE(inSoleus) << "tibial_nerve_" << side << " runs through the soleus at mid-calf";
    ASSERT_TRUE(toSoleus) << "tibial_nerve_" << side << ": no soleus behind it at mid-calf (it should run deep to it)";
    EXPECT_GT(*toSoleus, 0.0) << "tibial_nerve_" << side << ": the soleus should lie behind the nerve, not on it";
    ASSERT_TRUE(toGastro) << "tibial_nerve_" << side << ": no gastrocnemius behind it at mid-calf";
    EXPECT_GT(*toGastro, *toSoleus) << "tibial_nerve_" << side
                                    << ": gastrocnemius comes before the soleus going back from the nerve";
  }
}

// At the ankle the nerve passes behind the medial malleolus (the tarsal tunnel): at the malleolus's
// level it lies behind the tibia's most medial point and within 15 mm of it medio-laterally.
TEST(AnatomyFidelity, TibialNerveRunsBehindTheMedialMalleolus) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const MeshQuery* nerve = requirePart(sided("tibial_nerve", side));
    const MeshQuery* tibia = requirePart(sided("tibia", side));
    if (!nerve || !tibia) continue;
    // The malleolus is the tibia's lowest part; its level a few millimetres above its tip.
    const double level = tibia->bounds().min.y + 0.006;
    const double towardMidline = medialOf(side).x;
    std::optional<Vec3> malleolus;
    for (const Vec3& v : tibia->mesh().positions)
      if (std::abs(v.y - level) <= kSlab && (!malleolus || v.x * towardMidline > malleolus->x * towardMidline))
        malleolus = v;
    const auto centre = sectionCentre(*nerve, level);
    ASSERT_TRUE(malleolus && centre) << "no tibia or tibial nerve section at y = " << level;
    const double behind = malleolus->z - centre->z, across = std::abs(malleolus->x - centre->x);
    std::printf(
        "tibial_nerve_%s at the medial malleolus (y %.3f m): %.1f mm behind its most medial point (limit >= %.0f), "
        "%.1f mm from it across (limit %.0f)\n",
        side, level, mm(behind), mm(kBehindMalleolus), mm(across), mm(kBesideMalleolus));
    EXPECT_GE(behind, kBehindMalleolus) << "tibial_nerve_" << side << " is not behind the medial malleolus";
    EXPECT_LE(across, kBesideMalleolus) << "tibial_nerve_" << side << " is not close behind the medial malleolus";
  }
}

// Along their whole course the leg's nerves pass between the calf muscles, never through them: no
// vertex of the tibial or the common fibular nerve lies inside the gastrocnemius or the soleus.
TEST(AnatomyFidelity, LegNervesStayOutOfTheCalfMuscles) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides)
    for (const char* nerveName : {"tibial_nerve", "common_fibular_nerve"})
      for (const char* muscleName : {"gastrocnemius", "soleus"}) {
        const MeshQuery* nerve = requirePart(sided(nerveName, side));
        const MeshQuery* muscle = requirePart(sided(muscleName, side));
        if (!nerve || !muscle) continue;
        std::size_t inside = 0;
        Vec3 where(0);
        for (const Vec3& v : nerve->mesh().positions)
          if (muscle->contains(v)) ++inside, where = v;
        const ClosestPair pair = closestPair(*nerve, *muscle);
        std::printf("%s_%s <-> %s_%s: %zu of %zu nerve vertices inside; closest %.1f mm\n", nerveName, side, muscleName,
                    side, inside, nerve->mesh().positions.size(), mm(pair.distance));
        EXPECT_EQ(inside, 0u) << sided(nerveName, side) << " passes through " << sided(muscleName, side) << " at ("
                              << where.x << ", " << where.y << ", " << where.z << ")";
      }
}

}  // namespace
}  // namespace hipscope::anatomy
