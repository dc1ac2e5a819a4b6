// Mechanics: joint rotations go the anatomical way, via points lift off, and the built-in muscles'
// lengths follow hip flexion the way every anatomy text says they do.
#include <gtest/gtest.h>

#include <cstdio>

#include "anatomy/Tension.hpp"
#include "base/Error.hpp"
#include "mechanics/Mechanics.hpp"
#include "mechanics/Strain.hpp"
#include "mechanics/TensionLines.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Scenarios.hpp"

using namespace hipscope;

namespace {

glm::vec3 apply(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }

const Mechanics& builtIn() {
  static const Mechanics m = Mechanics::load(HIPSCOPE_ASSET_DIR "/mechanics.json");
  return m;
}

float lengthOf(const std::string& id, const Pose& pose) {
  const MusclePath* m = builtIn().find(id);
  EXPECT_NE(m, nullptr) << id;
  return m ? builtIn().length(*m, pose) : 0.0f;
}

}  // namespace

TEST(Mechanics, HipRotationsGoTheAnatomicalWay) {
  const glm::vec3 knee(0, -0.4f, 0);  // below a hip at the origin
  // Flexion brings the knee forward (+Z) on both sides.
  EXPECT_GT(apply(hipRotation(0, 90, 0, 0), knee).z, 0.39f);
  EXPECT_GT(apply(hipRotation(1, 90, 0, 0), knee).z, 0.39f);
  // Abduction takes it out to the side: +X for the left, -X for the right.
  EXPECT_GT(apply(hipRotation(0, 0, 30, 0), knee).x, 0.15f);
  EXPECT_LT(apply(hipRotation(1, 0, 30, 0), knee).x, -0.15f);
  // Internal rotation turns the front of the thigh toward the midline.
  const glm::vec3 front(0, 0, 0.1f);
  EXPECT_LT(apply(hipRotation(0, 0, 0, 30), front).x, -0.04f);
  EXPECT_GT(apply(hipRotation(1, 0, 0, 30), front).x, 0.04f);
}

TEST(Mechanics, BuiltInJointsAndPosesMovePointsAboutTheirJoint) {
  const Mechanics& m = builtIn();
  ASSERT_EQ(m.joints().size(), 12u);  // pelvis, L5-L1, both hips, knees and ankles
  Pose pose;
  pose.hipFlexion[1] = 90;
  pose.lumbarFlexion = 30;
  const auto world = m.jointTransforms(pose);
  for (std::size_t j = 0; j < m.joints().size(); ++j) {
    const JointInfo& joint = m.joints()[j];
    // A joint turns about its own centre, so that centre goes only where its parent takes it.
    const glm::mat4 parent = joint.parent >= 0 ? world[static_cast<std::size_t>(joint.parent)] : glm::mat4(1.0f);
    EXPECT_NEAR(glm::length(apply(world[j], joint.position) - apply(parent, joint.position)), 0.0f, 1e-5f)
        << joint.name;
    if (joint.name == "hip_l") EXPECT_EQ(world[j], glm::mat4(1.0f)) << "the left hip is not flexed";
    if (joint.name == "lumbar_l1") {
      const glm::vec3 above = joint.position + glm::vec3(0, 0.05f, 0);
      EXPECT_GT(apply(world[j], above).z, above.z + 0.01f) << "lumbar flexion bends the spine forward";
    }
  }
}

TEST(Mechanics, ViaPointsLiftOffWhenTheMuscleNoLongerPressesOnThem) {
  MusclePath path{"test", {}};
  // Origin and insertion level with each other, a via point 10 cm below the straight line. If the
  // bone there lies under the via point (its surface faces up), the straight line passes clear of it:
  // the muscle lifts off and the via point drops out.
  path.points = {{0, {0, 0, 0}, {}}, {0, {0.5f, -0.1f, 0}, {0, 1, 0}}, {0, {1, 0, 0}, {}}};
  Mechanics none;
  const std::vector<glm::mat4> identity(1, glm::mat4(1.0f));
  EXPECT_EQ(none.posedPath(path, identity).size(), 2u);
  // If the bone lies over it (surface facing down), the straight line would cut through the bone: the
  // muscle wraps under it and the via point holds.
  path.points[1].normal = {0, -1, 0};
  EXPECT_EQ(none.posedPath(path, identity).size(), 3u);
}

TEST(Mechanics, SittingShortensTheHipFlexorsAndStretchesTheGlutesAndHamstrings) {
  Pose sitting;
  sitting.hipFlexion = {90, 90};
  for (const char* side : {"_l", "_r"}) {
    const std::string s(side);
    EXPECT_LT(lengthOf("psoas_major" + s, sitting), lengthOf("psoas_major" + s, Pose{}));
    EXPECT_LT(lengthOf("iliacus" + s, sitting), lengthOf("iliacus" + s, Pose{}));
    EXPECT_GT(lengthOf("gluteus_maximus" + s, sitting), lengthOf("gluteus_maximus" + s, Pose{}) * 1.15f);
    EXPECT_GT(lengthOf("biceps_femoris_long" + s, sitting), lengthOf("biceps_femoris_long" + s, Pose{}) * 1.1f);
    EXPECT_GT(lengthOf("piriformis" + s, sitting), lengthOf("piriformis" + s, Pose{}));
    // A muscle that crosses no moving joint keeps its length.
    EXPECT_NEAR(lengthOf("vastus_lateralis" + s, sitting), lengthOf("vastus_lateralis" + s, Pose{}), 1e-5f);
  }
}

TEST(Mechanics, ABrokenFileIsAUserErrorNamingIt) {
  EXPECT_THROW(Mechanics::load("/nonexistent/mechanics.json"), UserError);
}

TEST(Tension, MusclesTakeTheHighestOfTheirOwnSideAndGroupValues) {
  Settings s;
  OptionRegistry::instance().apply(s, "tension.hip_rotators=0.3");
  OptionRegistry::instance().apply(s, "tension.piriformis_r=0.8");
  OptionRegistry::instance().apply(s, "tension.psoas_major=0.5");
  EXPECT_FLOAT_EQ(tensionOf("piriformis_r", s), 0.8f);
  EXPECT_FLOAT_EQ(tensionOf("piriformis_l", s), 0.3f);
  EXPECT_FLOAT_EQ(tensionOf("quadratus_femoris_l", s), 0.3f);
  EXPECT_FLOAT_EQ(tensionOf("psoas_major_l", s), 0.5f);
  EXPECT_FLOAT_EQ(tensionOf("gluteus_maximus_l", s), 0.0f);
}

TEST(Tension, OnePathPerGroupAndSideFromTheBellyThroughTheSacroiliacJointIntoTheSpineFollowingThePose) {
  Settings s;
  OptionRegistry::instance().apply(s, "tension.piriformis_r=1");
  const MusclePath& piriformis = *builtIn().find("piriformis_r");
  for (float flexion : {0.0f, 60.0f}) {
    Pose pose;
    pose.hipFlexion[1] = flexion;
    const auto lines = tensionLines(builtIn(), s, pose);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].group, "hip_rotators_r");
    EXPECT_EQ(lines[0].side, 1);
    EXPECT_TRUE(lines[0].sacroiliac);
    const auto& pts = lines[0].points;
    const auto path = builtIn().posedPath(piriformis, builtIn().jointTransforms(pose));
    const LowBackPoints spine = lowBackPoints(builtIn(), builtIn().jointTransforms(pose));
    // Starts in the belly (between origin and insertion, wherever the femur has gone), runs close by
    // the origin on the sacrum and through the right sacroiliac joint, ends at L4/L5.
    const glm::vec3 belly = pts.front();
    EXPECT_LT(glm::distance(belly, 0.5f * (path.front() + path.back())), 0.03f) << flexion;
    float nearOrigin = 1.0f, nearJoint = 1.0f;
    for (const glm::vec3& p : pts) {
      nearOrigin = std::min(nearOrigin, glm::distance(p, path.front()));
      nearJoint = std::min(nearJoint, glm::distance(p, spine.sacroiliac[1]));
    }
    EXPECT_LT(nearOrigin, 0.005f) << flexion;
    EXPECT_LT(nearJoint, 0.005f) << flexion;
    EXPECT_LT(glm::distance(pts.back(), spine.l4l5), 1e-5f) << "the path ends at L4/L5";
    EXPECT_GT(pts.size(), 20u) << "a sampled curve, not a few straight bars";
    if (flexion > 0) {
      const auto rest = tensionLines(builtIn(), s, Pose{});
      EXPECT_GT(glm::distance(rest[0].points.front(), belly), 0.005f) << "the belly moved with the femur";
    }
  }
  OptionRegistry::instance().apply(s, "tension.piriformis_r=0.02");
  EXPECT_TRUE(tensionLines(builtIn(), s, Pose{}).empty()) << "slack muscles draw no path";
}

TEST(Tension, AGroupsMusclesShareOnePathAndAtMostSixShow) {
  Settings s;
  for (const char* a : {"tension.hip_rotators=0.5", "tension.piriformis_r=0.9", "tension.glutes=0.4",
                        "tension.hamstrings=0.6", "tension.hip_flexors=0.7", "tension.low_back=0.3"})
    OptionRegistry::instance().apply(s, a);
  const auto lines = tensionLines(builtIn(), s, Pose{});
  EXPECT_EQ(lines.size(), kMaxTensionPaths) << "ten group-sides are tense, six show";
  EXPECT_EQ(lines.front().group, "hip_rotators_r");
  EXPECT_FLOAT_EQ(lines.front().tension, 0.9f) << "the group's tensest muscle sets its path";
  for (std::size_t i = 1; i < lines.size(); ++i) EXPECT_LE(lines[i].tension, lines[i - 1].tension) << "tensest first";
  for (const auto& line : lines) EXPECT_NE(line.group.rfind("low_back", 0), 0u) << "the slackest group is left out";
}

TEST(Compression, LowBackStrainGrowsWithTension) {
  Settings s;
  EXPECT_FLOAT_EQ(lowBackStrain(builtIn(), s)[0], 0.0f);
  float previous = 0.0f;
  for (float t : {0.25f, 0.5f, 1.0f}) {
    s.tension["hip_flexors"] = t;
    const float strain = lowBackStrain(builtIn(), s)[0];
    EXPECT_GT(strain, previous);
    previous = strain;
  }
  for (auto& [k, v] : s.tension) v = 1.0f;
  s.tension["glutes"] = s.tension["hamstrings"] = s.tension["hip_rotators"] = s.tension["low_back"] =
      s.tension["adductors"] = 1.0f;
  s.tension["quadriceps"] = 1.0f;
  EXPECT_NEAR(lowBackStrain(builtIn(), s)[1], 1.0f, 1e-5f);
}

TEST(Scenarios, EachSetsItsStoryAndAnyCanFollowAny) {
  Settings s;
  const auto& r = OptionRegistry::instance();
  r.apply(s, "scenario=piriformis");
  EXPECT_FLOAT_EQ(s.tension.at("piriformis_r"), 0.9f);
  EXPECT_EQ(s.select, "piriformis_r");
  r.apply(s, "scenario=iliopsoas");
  EXPECT_EQ(s.tension.count("piriformis_r"), 0u) << "a scenario starts from the defaults, not from the last one";
  EXPECT_FLOAT_EQ(s.tension.at("hip_flexors"), 0.9f);
  EXPECT_EQ(s.camera.view, ViewPreset::Anterior);
  r.apply(s, "scenario=both");
  EXPECT_GT(lowBackStrain(builtIn(), s)[1], 0.2f);
  r.apply(s, "scenario=release");
  EXPECT_FLOAT_EQ(lowBackStrain(builtIn(), s)[0], 0.0f);
  for (const Scenario& sc : scenarios())
    if (sc.preset.name != "none") EXPECT_FALSE(sc.caption.empty()) << sc.preset.name;
}
