// Anatomy fidelity: the low back's muscles are masses that fill the gutter beside the lumbar spine, at
// their size in life, and the iliac crest is a smooth rim. Every figure printed.
//
// Sizes in life (axial MRI, adult men, one side):
// - erector spinae (iliocostalis and longissimus, lumbar part) at the L3-L4 disc: about 20-25 cm2
//   (Marras WS, Jorgensen MJ, Granata KP, Wiand B. Female and male trunk geometry: size and prediction
//   of the spine loading trunk muscles derived from MRI. Clin Biomech 2001;16:38-46; Gungor C et al.
//   Prediction models for the erector spinae muscle cross-sectional area. J Biomech Eng 2015;137:071012;
//   the healthy controls of Ivanac D et al., Med Sci Monit 2026;32:e951651: 21.1 cm2 at L3/L4);
// - multifidus at L5: about 6-9 cm2 (Hides J, Gilmore C, Stanton W, Bohlscheid E. Multifidus size
//   and symmetry among chronic LBP and healthy asymptomatic subjects. Man Ther 2008;13:43-49).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kStep = 0.001;  // m, the sections' sampling
constexpr double kErectorMin = 18e-4, kErectorMax = 28e-4;
constexpr double kMultifidusMin = 5e-4, kMultifidusMax = 10e-4;
constexpr double kGutterFill = 0.80;   // of the gutter beside the spine at L3-L4
constexpr double kCrestBump = 0.0008;  // m: a sector's height off its neighbours' curve

Vec3 centroid(const MeshQuery& q) {
  Vec3 c(0);
  for (const Vec3& p : q.mesh().positions) c += p;
  return c / double(q.mesh().positions.size());
}

// Points of the horizontal plane at height y, behind z1, on the side `side`, that lie in any of parts.
std::vector<glm::dvec2> section(double y, double z1, const std::string& side,
                                const std::vector<const MeshQuery*>& parts) {
  std::vector<glm::dvec2> in;
  const double sign = side == "l" ? 1.0 : -1.0;
  for (double a = 0.0005; a <= 0.09; a += kStep)
    for (double z = -0.26; z <= z1; z += kStep) {
      const Vec3 p(sign * a, y, z);
      for (const MeshQuery* q : parts)
        if (q->contains(p)) {
          in.push_back({a, z});
          break;
        }
    }
  return in;
}

// The erector spinae's section at the L3-L4 disc and the multifidus's at the middle of L5, against
// their size in life; the paraspinal section at L3-L4 (both muscles and the vertebrae behind the
// disc) fills its convex hull, as one mass does and two tubes side by side do not.
TEST(AnatomyFidelity, LowBackMusclesAreMassesFillingTheGutterBesideTheSpine) {
  HIPSCOPE_REQUIRE_MODEL();
  const MeshQuery *d34 = requirePart("disc_l3_l4"), *d45 = requirePart("disc_l4_l5"), *d5s = requirePart("disc_l5_s1");
  const MeshQuery *l3 = requirePart("l3"), *l4 = requirePart("l4"), *l5 = requirePart("l5");
  ASSERT_TRUE(d34 && d45 && d5s && l3 && l4 && l5);
  const double yL34 = centroid(*d34).y, yL5 = 0.5 * (centroid(*d45).y + centroid(*d5s).y);
  const double back = d34->bounds().min.z;  // the back of the L3-L4 disc
  for (const char* side : kSides) {
    const MeshQuery *erector = requirePart(sided("erector_spinae", side)),
                    *multifidus = requirePart(sided("multifidus", side));
    if (!erector || !multifidus) continue;
    const double es = section(yL34, back, side, {erector}).size() * kStep * kStep;
    const double mf = section(yL5, -0.05, side, {multifidus}).size() * kStep * kStep;
    // The gutter at L3-L4: from the midline out to the tip of L3's transverse process, from the level
    // of the tip of its spinous process forward to the back of the transverse process.
    const double sign = std::string(side) == "l" ? 1.0 : -1.0;
    Vec3 tip(0), spine(0, 0, 1);
    for (const Vec3& p : l3->mesh().positions) {
      if (sign * p.x > sign * tip.x) tip = p;
      if (p.z < spine.z) spine = p;
    }
    std::size_t filled = 0, box = 0;
    for (double a = 0.004; a <= sign * tip.x; a += kStep)
      for (double z = spine.z; z <= tip.z - 0.006; z += kStep, ++box)
        for (const MeshQuery* q : {erector, multifidus, l3, l4})
          if (q->contains(Vec3(sign * a, yL34, z))) {
            ++filled;
            break;
          }
    const double fill = box ? double(filled) / box : 0.0;
    std::printf(
        "side %s: erector spinae at L3-L4 %.1f cm2 (life %.0f-%.0f), multifidus at L5 %.1f cm2 (life %.0f-%.0f)\n",
        side, es * 1e4, kErectorMin * 1e4, kErectorMax * 1e4, mf * 1e4, kMultifidusMin * 1e4, kMultifidusMax * 1e4);
    std::printf(
        "side %s: the gutter at L3-L4 (%.0f mm out to the transverse process's tip, %.0f mm from the spinous "
        "process's tip forward) %.1f %% filled by the two and the bones (at least %.0f %%)\n",
        side, mm(sign * tip.x - 0.004), mm(tip.z - 0.006 - spine.z), 100 * fill, 100 * kGutterFill);
    EXPECT_GE(es, kErectorMin) << "erector_spinae_" << side << " at L3-L4 (Marras 2001)";
    EXPECT_LE(es, kErectorMax) << "erector_spinae_" << side << " at L3-L4 (Marras 2001)";
    EXPECT_GE(mf, kMultifidusMin) << "multifidus_" << side << " at L5 (Hides 2008)";
    EXPECT_LE(mf, kMultifidusMax) << "multifidus_" << side << " at L5 (Hides 2008)";
    EXPECT_GE(fill, kGutterFill) << "the gutter beside the spine, side " << side;
  }
}

// The iliac crest from the PSIS round to the ASIS: the hip bone's highest point in each 3-degree
// sector seen from above, around a point medial of the crest's curve. No sector's height strays more
// than 0.8 mm from the smooth curve through its neighbours' (the crest's fan of plates, whose ends
// stood above the rim every 9 degrees or so, made it stray 1.1-1.2 mm).
TEST(AnatomyFidelity, IliacCrestIsASmoothRim) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const MeshQuery* hip = requirePart(sided("hip_bone", side));
    if (!hip) continue;
    const double sign = std::string(side) == "l" ? 1.0 : -1.0;
    const glm::dvec2 centre(sign * 0.020, -0.050);              // medial of the crest's curve, seen from above
    constexpr double kSector = 3.0, kFrom = -78.0, kTo = 24.0;  // degrees: from the PSIS round to the ASIS
    const int n = int((kTo - kFrom) / kSector);
    std::vector<double> top(n, -1.0);
    for (const Vec3& p : hip->mesh().positions) {
      const double angle = std::atan2(p.z - centre.y, sign * (p.x - centre.x)) * 180.0 / 3.14159265358979;
      const int s = int(std::floor((angle - kFrom) / kSector));
      if (s >= 0 && s < n) top[s] = std::max(top[s], p.y);
    }
    double worst = 0;
    int at = 0;
    std::printf("side %s crest height (mm) from the PSIS round to the ASIS:", side);
    for (int s = 0; s < n; ++s) std::printf(" %.0f", mm(top[s]));
    std::printf("\n");
    // Each sector's height against the quadratic through its four neighbours' (Savitzky-Golay, five
    // points): the crest's own curve, rising from the spines to its top, fits; a bump or notch does not.
    for (int s = 2; s + 2 < n; ++s) {
      const double fit = (-3 * top[s - 2] + 12 * top[s - 1] + 17 * top[s] + 12 * top[s + 1] - 3 * top[s + 2]) / 35;
      if (const double off = std::abs(top[s] - fit); off > worst) worst = off, at = s;
    }
    std::printf(
        "side %s: the crest's height strays from its local curve by at most %.2f mm (at %.0f deg; limit %.1f mm)\n",
        side, mm(worst), kFrom + (at + 0.5) * kSector, mm(kCrestBump));
    EXPECT_LE(worst, kCrestBump) << "hip_bone_" << side << ": a step or bump on the iliac crest";
  }
}

}  // namespace
}  // namespace hipscope::anatomy
