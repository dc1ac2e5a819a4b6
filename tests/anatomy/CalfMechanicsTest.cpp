// Anatomy fidelity of the calf muscles' lines of action (mechanics.json): which joints their points ride
// on, and how much their length changes when the knee and the ankle bend, against OpenSim Gait2392
// (the same muscles' reference paths, bent about the reference's knee and ankle centres).
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "Anatomy.hpp"
#include "mechanics/Mechanics.hpp"

namespace hipscope::anatomy {
namespace {

constexpr float kKneeFlexion = 40.0f;      // degrees: the reference's wrap point behind the condyles holds to 45
constexpr float kDorsiflexion = 15.0f;     // degrees
constexpr double kChangeTolerance = 0.35;  // fraction of the reference's length change
constexpr double kUnchanged = 0.001;       // m: a muscle that does not span a joint

const Mechanics& mechanics() {
  static const Mechanics m = Mechanics::load(HIPSCOPE_MECHANICS_PATH);
  return m;
}

double pathLength(const std::vector<Vec3>& points) {
  double total = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) total += glm::length(points[i + 1] - points[i]);
  return total;
}

// The reference muscle's length with its shank and foot points turned about the knee centre (flexion:
// the shank backward) or its foot points about the ankle centre (dorsiflexion: the toes up), both about
// the medio-lateral axis.
double referenceLength(const std::string& name, int side, double kneeDeg, double ankleDeg) {
  const Reference& ref = *reference();
  const std::vector<Vec3>& path = ref.musclePaths.at(name);
  const std::vector<std::string>& bodies = ref.muscleBodies.at(name);
  auto turn = [](const Vec3& centre, double deg) {
    return glm::translate(glm::dmat4(1), centre) * glm::rotate(glm::dmat4(1), glm::radians(deg), Vec3(1, 0, 0)) *
           glm::translate(glm::dmat4(1), -centre);
  };
  const glm::dmat4 knee = turn(ref.kneeCentre[side], kneeDeg), ankle = turn(ref.ankleCentre[side], -ankleDeg);
  std::vector<Vec3> posed;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const std::string& body = bodies[i];
    const bool foot = body.rfind("calcn", 0) == 0 || body.rfind("talus", 0) == 0 || body.rfind("toes", 0) == 0;
    const bool shank = foot || body.rfind("tibia", 0) == 0 || body.rfind("fibula", 0) == 0;
    Vec3 p = path[i];
    if (foot) p = Vec3(ankle * glm::dvec4(p, 1.0));
    if (shank) p = Vec3(knee * glm::dvec4(p, 1.0));
    posed.push_back(p);
  }
  return pathLength(posed);
}

struct Expected {
  const char* ours;
  std::vector<std::string> reference;  // averaged
  const char* origin;                  // joint of the first point, without the side
  const char* insertion;               // joint of the last point
  bool spansKnee;
};

const std::vector<Expected>& expected() {
  static const std::vector<Expected> e{{"gastrocnemius", {"med_gas", "lat_gas"}, "hip", "ankle", true},
                                       {"soleus", {"soleus"}, "knee", "ankle", false}};
  return e;
}

// Both ride the shank along the calf and end on the foot: the gastrocnemius arises on the femur (its points
// above the knee ride the thigh, hip_*), the soleus on the tibia and fibula (knee_*). Multifidus arises on
// the sacrum (pelvis) and ends on a lumbar vertebra.
TEST(AnatomyFidelity, CalfAndMultifidusPointsRideTheirBones) {
  for (const char* side : kSides) {
    std::vector<Expected> all = expected();
    all.push_back({"multifidus", {}, "pelvis", "lumbar_l1", false});
    for (const Expected& e : all) {
      const MusclePath* m = mechanics().find(sided(e.ours, side));
      ASSERT_NE(m, nullptr) << "mechanics.json has no " << sided(e.ours, side);
      std::string joints;
      for (const auto& p : m->points) joints += (joints.empty() ? "" : " -> ") + mechanics().joints()[p.joint].name;
      std::printf("%-16s %s\n", sided(e.ours, side).c_str(), joints.c_str());
      const bool pelvis = std::string(e.origin) == "pelvis";
      const std::string origin = pelvis ? "pelvis" : sided(e.origin, side);
      const std::string insertion = pelvis ? e.insertion : sided(e.insertion, side);
      EXPECT_EQ(mechanics().joints()[m->points.front().joint].name, origin) << sided(e.ours, side) << ": origin";
      EXPECT_EQ(mechanics().joints()[m->points.back().joint].name, insertion) << sided(e.ours, side) << ": insertion";
      // Between the knee and the ankle no point may ride the thigh (a femur point there would swing
      // the calf's line forward with the hip).
      float kneeY = 0;
      for (const auto& j : mechanics().joints())
        if (j.name == sided("knee", side)) kneeY = j.position.y;
      for (const auto& p : m->points) {
        if (!pelvis && p.position.y < kneeY - 0.03f) {
          EXPECT_NE(mechanics().joints()[p.joint].name, sided("hip", side))
              << sided(e.ours, side) << ": a calf point at y " << p.position.y << " rides the thigh";
        }
      }
    }
  }
}

// Knee flexion shortens the gastrocnemius (it arises above the knee, behind its axis) and leaves the soleus
// alone; dorsiflexion lengthens both (the heel goes down). Our changes within 35 % of the reference's.
TEST(AnatomyFidelity, CalfMuscleLengthsFollowKneeAndAnkle) {
  HIPSCOPE_REQUIRE_REFERENCE();
  for (int s = 0; s < 2; ++s) {
    const char* side = kSides[s];
    for (const Expected& e : expected()) {
      const MusclePath* m = mechanics().find(sided(e.ours, side));
      ASSERT_NE(m, nullptr) << "mechanics.json has no " << sided(e.ours, side);
      Pose knee, ankle;
      knee.kneeFlexion[s] = kKneeFlexion;
      ankle.ankleFlexion[s] = kDorsiflexion;
      const double rest = mechanics().length(*m, Pose{});
      const double dKnee = mechanics().length(*m, knee) - rest, dAnkle = mechanics().length(*m, ankle) - rest;
      double refKnee = 0, refAnkle = 0;
      for (const std::string& r : e.reference) {
        const std::string name = sided(r, side);
        const double refRest = referenceLength(name, s, 0, 0);
        refKnee += (referenceLength(name, s, kKneeFlexion, 0) - refRest) / double(e.reference.size());
        refAnkle += (referenceLength(name, s, 0, kDorsiflexion) - refRest) / double(e.reference.size());
      }
      std::printf(
          "%-16s rest %.1f mm; knee flexed %.0f deg: %+.1f mm (reference %+.1f); dorsiflexed %.0f deg: %+.1f mm "
          "(reference %+.1f)\n",
          sided(e.ours, side).c_str(), mm(rest), kKneeFlexion, mm(dKnee), mm(refKnee), kDorsiflexion, mm(dAnkle),
          mm(refAnkle));
      if (e.spansKnee) {
        EXPECT_LT(dKnee, 0) << sided(e.ours, side) << " should shorten when the knee bends";
        EXPECT_LE(std::abs(dKnee - refKnee), kChangeTolerance * std::abs(refKnee))
            << sided(e.ours, side) << ": knee flexion changes it by " << mm(dKnee) << " mm, the reference by "
            << mm(refKnee) << " mm";
      } else {
        EXPECT_LE(std::abs(dKnee), kUnchanged) << sided(e.ours, side) << " does not span the knee";
      }
      EXPECT_GT(dAnkle, 0) << sided(e.ours, side) << " should lengthen when the ankle is dorsiflexed";
      EXPECT_LE(std::abs(dAnkle - refAnkle), kChangeTolerance * std::abs(refAnkle))
          << sided(e.ours, side) << ": dorsiflexion changes it by " << mm(dAnkle) << " mm, the reference by "
          << mm(refAnkle) << " mm";
    }
  }
}

// Multifidus lies behind the lumbar joints' axes: bending the low back forward lengthens it, as it
// lengthens the erector spinae beside it (and by a similar amount: both lie 4-6 cm behind the discs).
TEST(AnatomyFidelity, MultifidusLengthensWhenTheLowBackBends) {
  constexpr float kLumbarFlexion = 30.0f;  // degrees, shared over L1-L5
  for (const char* side : kSides) {
    const MusclePath* multifidus = mechanics().find(sided("multifidus", side));
    const MusclePath* erector = mechanics().find(sided("erector_spinae", side));
    ASSERT_TRUE(multifidus && erector) << "mechanics.json lacks multifidus_" << side << " or erector_spinae_" << side;
    Pose bent;
    bent.lumbarFlexion = kLumbarFlexion;
    const double dMultifidus = mechanics().length(*multifidus, bent) - mechanics().length(*multifidus, Pose{});
    const double dErector = mechanics().length(*erector, bent) - mechanics().length(*erector, Pose{});
    std::printf("low back bent %.0f deg: multifidus_%s %+.1f mm, erector_spinae_%s %+.1f mm\n", kLumbarFlexion, side,
                mm(dMultifidus), side, mm(dErector));
    EXPECT_GT(dMultifidus, 0.005) << "multifidus_" << side << " should lengthen when the low back bends forward";
    EXPECT_GT(dMultifidus, 0.5 * dErector) << "multifidus_" << side << " barely lengthens next to the erector spinae";
    EXPECT_LT(dMultifidus, 1.5 * dErector) << "multifidus_" << side << " lengthens far more than the erector spinae";
  }
}

}  // namespace
}  // namespace hipscope::anatomy
