// Anatomy fidelity: the sacrotuberous and sacrospinous ligaments span their attachments and, with the
// sciatic notches, make the greater and lesser sciatic foramina the right structures pass through
// (Standring, Gray's Anatomy 42nd ed., pelvic girdle: the sacrospinous divides the notches into the
// greater foramen, piriformis and sciatic nerve, and the lesser, obturator internus's tendon).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kAttached = 0.003;  // m: a ligament's end this near its bone is attached to it
constexpr double kNear = 0.015;      // m: vertices this much nearer than the rest are where it passes

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Where `structure` passes `ligament`: for its vertices within kNear of its nearest one, the median
// offset from the nearest ligament point, upward (y) and outward (away from the midline).
struct Passage {
  std::size_t near = 0, inside = 0;  // vertices near the ligament; vertices inside it
  double nearest = kInfinity;        // m
  double up = 0.0, out = 0.0;
};
Passage passage(const MeshQuery& structure, const MeshQuery& ligament, double sideSign) {
  Passage p;
  std::vector<double> up, out;
  for (const Vec3& v : structure.mesh().positions) {
    if (ligament.contains(v)) ++p.inside;
    p.nearest = std::min(p.nearest, ligament.closest(v).distance);
  }
  for (const Vec3& v : structure.mesh().positions) {
    const SurfacePoint c = ligament.closest(v, p.nearest + kNear);
    if (!c.found()) continue;
    up.push_back(v.y - c.point.y);
    out.push_back(sideSign * (v.x - c.point.x));
  }
  p.near = up.size();
  p.up = median(up), p.out = median(out);
  return p;
}

TEST(AnatomyFidelity, SacralLigamentsSpanTheirAttachments) {
  HIPSCOPE_REQUIRE_MODEL();
  const MeshQuery* sacrum = requirePart("sacrum");
  const MeshQuery* coccyx = requirePart("coccyx");
  for (const char* side : kSides) {
    const MeshQuery* hip = requirePart(sided("hip_bone", side));
    const MeshQuery* tuberous = requirePart(sided("sacrotuberous_ligament", side));
    const MeshQuery* spinous = requirePart(sided("sacrospinous_ligament", side));
    if (!hip || !sacrum || !coccyx || !tuberous || !spinous) continue;
    for (const MeshQuery* ligament : {tuberous, spinous}) {
      const std::string name = ligament == tuberous ? "sacrotuberous" : "sacrospinous";
      const double toHip = closestPair(*ligament, *hip).distance;
      const double toSpine =
          std::min(closestPair(*ligament, *sacrum).distance, closestPair(*ligament, *coccyx).distance);
      std::printf("%s_%s: %.1f mm from the hip bone, %.1f mm from the sacrum or coccyx\n", name.c_str(), side,
                  mm(toHip), mm(toSpine));
      EXPECT_LT(toHip, kAttached) << name << "_" << side << " does not reach the hip bone";
      EXPECT_LT(toSpine, kAttached) << name << "_" << side << " does not reach the sacrum or coccyx";
    }
    // The sacrotuberous reaches from the posterior iliac spines (above the sacrospinous's sacral
    // origin) down to the ischial tuberosity (below the ischial spine).
    const double higher = tuberous->bounds().max.y - spinous->bounds().max.y;
    const double lower = spinous->bounds().min.y - tuberous->bounds().min.y;
    std::printf("sacrotuberous_%s: top %.0f mm above, bottom %.0f mm below the sacrospinous\n", side, mm(higher),
                mm(lower));
    EXPECT_GT(higher, 0.03) << "sacrotuberous_" << side << " does not reach up to the posterior iliac spines";
    EXPECT_GT(lower, 0.02) << "sacrotuberous_" << side << " does not reach down to the ischial tuberosity";
  }
}

TEST(AnatomyFidelity, SciaticForaminaPassTheirStructures) {
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const double sign = std::string(side) == "l" ? 1.0 : -1.0;
    const MeshQuery* spinous = requirePart(sided("sacrospinous_ligament", side));
    const MeshQuery* tuberous = requirePart(sided("sacrotuberous_ligament", side));
    if (!spinous || !tuberous) continue;
    // Greater foramen: above the sacrospinous. Lesser: below it, outward of the sacrotuberous.
    for (const char* base : {"piriformis", "sciatic_nerve", "obturator_internus"}) {
      const MeshQuery* structure = requirePart(sided(base, side));
      if (!structure) continue;
      const Passage s = passage(*structure, *spinous, sign), t = passage(*structure, *tuberous, sign);
      const bool greater = std::string(base) != "obturator_internus";
      std::printf(
          "%s_%s: %.1f mm from the sacrospinous, median %+.1f mm above it where nearest; %.1f mm from the "
          "sacrotuberous, median %+.1f mm outward of it; %zu + %zu vertices inside the ligaments\n",
          base, side, mm(s.nearest), mm(s.up), mm(t.nearest), mm(t.out), s.inside, t.inside);
      EXPECT_EQ(s.inside + t.inside, 0u) << base << "_" << side << " passes through a ligament";
      ASSERT_GT(s.near, 0u) << base << "_" << side << " does not pass the sacrospinous ligament";
      if (greater) {
        EXPECT_GT(s.up, 0.0) << base << "_" << side << " is not in the greater sciatic foramen";
      } else {
        EXPECT_LT(s.up, 0.0) << base << "_" << side << " is not below the sacrospinous (lesser foramen)";
        ASSERT_GT(t.near, 0u) << base << "_" << side << " does not pass the sacrotuberous ligament";
        EXPECT_GT(t.out, 0.0) << base << "_" << side << " is not outward of the sacrotuberous (lesser foramen)";
      }
    }
  }
}

}  // namespace
}  // namespace hipscope::anatomy
