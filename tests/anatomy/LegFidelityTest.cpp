// Anatomy fidelity of the leg against OpenSim Gait2392: the tibia's and the foot's size (bind pose) and
// where the knee and the ankle bend.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kExtentTolerance = 0.10;    // fraction of the reference extent, per axis
constexpr double kJointCentreLimit = 0.015;  // m

const char* const kAxisNames[] = {"X (left-right)", "Y (height)", "Z (front-back)"};

// Our parts against the reference's meshes that stand for the same bone (the reference's foot is
// three bodies: talus, calcaneus with the other tarsals and the metatarsals, and the toes).
void expectExtentsMatch(const std::string& label, const std::vector<std::string>& ours,
                        const std::vector<std::string>& theirs) {
  Box model;
  for (const std::string& name : ours) {
    const MeshQuery* p = requirePart(name);
    if (!p) return;
    model.add(p->bounds());
  }
  const Box ref = referenceBox(reference()->directory, theirs);
  for (int axis = 0; axis < 3; ++axis) {
    const double m = model.size()[axis], r = ref.size()[axis];
    const double off = 100.0 * (m - r) / r;
    std::printf("%s extent %s: model %.3f m, reference %.3f m (%+.1f %%, limit +/-%.0f %%)\n", label.c_str(),
                kAxisNames[axis], m, r, off, 100 * kExtentTolerance);
    EXPECT_LE(std::abs(off), 100 * kExtentTolerance) << label << " extent along " << kAxisNames[axis] << " is " << m
                                                     << " m, reference " << r << " m (" << off << " %)";
  }
}

TEST(AnatomyFidelity, TibiaAndFootExtentsWithin10Percent) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    expectExtentsMatch(sided("tibia", side), {sided("tibia", side)}, {sided("tibia", side)});
    expectExtentsMatch(sided("foot", side), {sided("foot", side)},
                       {sided("talus", side), sided("calcn", side), sided("toes", side)});
  }
}

TEST(AnatomyFidelity, KneeAndAnkleCentresWithin15mm) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  for (int s = 0; s < 2; ++s) {
    for (const char* joint : {"knee", "ankle"}) {
      const std::string node = sided(joint, kSides[s]);
      const Vec3 ref = std::string(joint) == "knee" ? reference()->kneeCentre[s] : reference()->ankleCentre[s];
      const auto centre = anatomy().joint(node);
      if (!centre) {
        ADD_FAILURE() << "the model has no joint node '" << node << "'";
        continue;
      }
      const double d = glm::length(*centre - ref);
      std::printf(
          "%s centre: model (%.4f, %.4f, %.4f) m, reference (%.4f, %.4f, %.4f) m: %.1f mm apart (limit %.0f mm)\n",
          node.c_str(), centre->x, centre->y, centre->z, ref.x, ref.y, ref.z, mm(d), mm(kJointCentreLimit));
      EXPECT_LE(d, kJointCentreLimit) << node << ": the joint centre is " << mm(d) << " mm from the reference";
    }
  }
}

// The thighs converge: the knees sit closer together than the hips (the femur's shaft runs obliquely
// down and in), and the knee lies straight below the hip within the reference's 15 mm.
TEST(AnatomyFidelity, KneesCloserTogetherThanHips) {
  HIPSCOPE_REQUIRE_MODEL();
  const auto hipL = anatomy().joint("hip_l"), hipR = anatomy().joint("hip_r");
  const auto kneeL = anatomy().joint("knee_l"), kneeR = anatomy().joint("knee_r");
  ASSERT_TRUE(hipL && hipR && kneeL && kneeR);
  const double hips = hipL->x - hipR->x, knees = kneeL->x - kneeR->x;
  std::printf("between the hip centres %.1f mm, between the knee centres %.1f mm\n", mm(hips), mm(knees));
  EXPECT_LT(knees, hips - 0.003) << "the knees should be closer together than the hips";
}

}  // namespace
}  // namespace hipscope::anatomy
