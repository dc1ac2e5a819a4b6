// The self-care stretches: each poses the body (knees and ankles too) and lengthens its own targets
// more than any other stretch does; the low back's side bend tilts the spine and lengthens the
// quadratus lumborum of the side it bends away from.
#include <gtest/gtest.h>

#include <cstdio>

#include "mechanics/Body.hpp"
#include "mechanics/StretchLength.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Stretches.hpp"
#include "view/SettingsTween.hpp"

using namespace hipscope;

namespace {

const Mechanics& builtIn() {
  static const Mechanics m = Mechanics::load(HIPSCOPE_ASSET_DIR "/mechanics.json");
  return m;
}

Settings stretched(const std::string& name, const std::string& side) {
  Settings s;
  OptionRegistry::instance().set(s, "stretch.side", side, "test");
  OptionRegistry::instance().set(s, "stretch", name, "test");
  return s;
}

std::vector<glm::mat4> jointsOf(const Settings& s) { return builtIn().jointTransforms(poseOf(s.pose)); }

}  // namespace

// The 6x6 table: rows the stretch whose targets are measured, columns the pose they are measured in.
TEST(Stretch, EachLengthensItsOwnTargetsMoreThanAnyOtherStretch) {
  const auto all = stretches();
  for (const char* side : {"left", "right"}) {
    const int s = std::string(side) == "left" ? 0 : 1;
    std::printf("%s side: mean length change of the row's targets (%%) in the column's pose\n%20s", side, "");
    for (std::size_t pose = 1; pose < all.size(); ++pose) std::printf(" %10.10s", std::string(all[pose].name).c_str());
    std::printf("\n");
    for (std::size_t targets = 1; targets < all.size(); ++targets) {
      std::printf("%20s", std::string(all[targets].name).c_str());
      std::vector<float> row;
      for (std::size_t pose = 1; pose < all.size(); ++pose) {
        const auto joints = jointsOf(stretched(std::string(all[pose].name), side));
        const auto changes = stretchChanges(builtIn(), static_cast<int>(targets), s, joints);
        ASSERT_EQ(changes.size(), all[targets].targets.size()) << all[targets].name;
        row.push_back(meanChange(changes));
        std::printf(" %10.1f", row.back());
      }
      std::printf("\n");
      const float own = row[targets - 1];
      EXPECT_GE(own, 5.0f) << all[targets].name << " " << side;
      for (std::size_t pose = 1; pose < all.size(); ++pose)
        if (pose != targets)
          EXPECT_GT(own, row[pose - 1]) << all[targets].name << " targets, " << all[pose].name << " pose, " << side;
    }
  }
}

TEST(Stretch, PosesTheKneesAndAnklesAndAFramingCameraAndMirrorsToTheLeft) {
  const Settings piriformis = stretched("piriformis", "right");
  EXPECT_FLOAT_EQ(piriformis.pose.hipFlexionR, 115);
  EXPECT_FLOAT_EQ(piriformis.pose.hipRotationR, -40);  // turned out
  EXPECT_FLOAT_EQ(piriformis.pose.kneeFlexionR, 90);
  EXPECT_EQ(piriformis.camera.view, ViewPreset::Right);
  const Settings left = stretched("piriformis", "left");
  EXPECT_FLOAT_EQ(left.pose.hipFlexionL, 115);
  EXPECT_FLOAT_EQ(left.pose.hipFlexionR, 0);
  EXPECT_EQ(left.camera.view, ViewPreset::Left);
  EXPECT_FLOAT_EQ(left.camera.roll, -piriformis.camera.roll);  // lying on the back from either side
  const Settings lunge = stretched("hip_flexors", "right");
  EXPECT_LT(lunge.pose.hipFlexionR, -10);  // the back hip extended
  EXPECT_FLOAT_EQ(lunge.pose.kneeFlexionR, 90);
  EXPECT_LT(lunge.pose.ankleFlexionR, 0);  // the back foot's instep on the floor
  // The side chosen after the stretch poses the same stretch on that side.
  Settings later = stretched("hamstrings", "right");
  OptionRegistry::instance().set(later, "stretch.side", "left", "test");
  EXPECT_FLOAT_EQ(later.pose.hipFlexionL, 80);
  EXPECT_FLOAT_EQ(later.pose.hipFlexionR, 0);
  // "none" leaves the pose; a preset leaves the stretch.
  OptionRegistry::instance().set(later, "stretch", "none", "test");
  EXPECT_FLOAT_EQ(later.pose.hipFlexionL, 80);
  OptionRegistry::instance().set(later, "stretch", "gluteals", "test");
  OptionRegistry::instance().set(later, "preset", "standing", "test");
  EXPECT_EQ(later.stretch, 0);
  EXPECT_FLOAT_EQ(later.pose.kneeFlexionL, 0);
}

TEST(Stretch, SideBendTiltsTheSpineAndLengthensTheQuadratusLumborumItBendsAwayFrom) {
  const Mechanics& m = builtIn();
  Pose bend;
  bend.lumbarSideBend = 25;  // toward the left
  const auto joints = m.jointTransforms(bend);
  std::size_t l1 = 0;
  for (std::size_t k = 0; k < m.joints().size(); ++k)
    if (m.joints()[k].name == "lumbar_l1") l1 = k;
  // A point 20 cm above L1 goes to the left (+X) and stays in the body's plane.
  const glm::vec3 above = m.joints()[l1].position + glm::vec3(0, 0.2f, 0);
  const glm::vec3 moved(joints[l1] * glm::vec4(above, 1.0f));
  EXPECT_GT(moved.x - above.x, 0.05f);
  EXPECT_NEAR(moved.z, above.z, 0.01f);
  const float right = pathLength(m, *m.find("quadratus_lumborum_r"), joints) /
                      pathLength(m, *m.find("quadratus_lumborum_r"), m.restTransforms());
  const float left = pathLength(m, *m.find("quadratus_lumborum_l"), joints) /
                     pathLength(m, *m.find("quadratus_lumborum_l"), m.restTransforms());
  std::printf("side bend 25 degrees to the left: right QL %+.1f %%, left QL %+.1f %%\n", 100 * (right - 1),
              100 * (left - 1));
  EXPECT_GT(right, 1.05f);
  EXPECT_LT(left, 1.0f);
}

TEST(Stretch, TheBodyEasesIntoTheStretchAndItsTargetLengthensOnTheWay) {
  const Settings standing;
  const Settings stretch = stretched("quadratus_lumborum", "right");
  SettingsTween tween;
  tween.start(standing, 1.0f);
  const Settings mid = tween.advance(stretch, 0.5f);
  EXPECT_NEAR(mid.pose.lumbarSideBend, stretch.pose.lumbarSideBend * 0.5f, 1e-3f);  // the side bend eases too
  EXPECT_NEAR(mid.pose.hipAbductionR, stretch.pose.hipAbductionR * 0.5f, 1e-3f);
  const float half = meanChange(stretchChanges(builtIn(), mid.stretch, 1, jointsOf(mid)));
  const float full = meanChange(stretchChanges(builtIn(), stretch.stretch, 1, jointsOf(stretch)));
  EXPECT_GT(half, 1.0f);
  EXPECT_LT(half, full - 1.0f);
}

// From the pain to its stretch: the painted zones and the candidate selected stay when the stretch is
// chosen (and when its side is), the view's other options go back to the defaults under the stretch.
TEST(Stretch, KeepsThePaintedPainAndTheSelectionItIsChosenFor) {
  Settings s;
  OptionRegistry::instance().set(s, "pain.sites", "buttock_r,posterior_thigh_r,calf_r", "test");
  OptionRegistry::instance().set(s, "select", "piriformis_r", "test");
  OptionRegistry::instance().set(s, "render.xray", "true", "test");
  OptionRegistry::instance().set(s, "stretch", "piriformis", "test");
  EXPECT_EQ(s.painSites, "buttock_r,posterior_thigh_r,calf_r");
  EXPECT_EQ(s.select, "piriformis_r");
  EXPECT_FALSE(s.render.xray);  // not kept: the stretch shows itself from the defaults
  EXPECT_FLOAT_EQ(s.pose.hipFlexionR, 115);
  OptionRegistry::instance().set(s, "stretch.side", "left", "test");
  EXPECT_EQ(s.painSites, "buttock_r,posterior_thigh_r,calf_r");
  EXPECT_EQ(s.select, "piriformis_r");
}
