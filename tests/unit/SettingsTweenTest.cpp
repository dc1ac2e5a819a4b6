// Scenarios ease into place: numeric settings blend from before to after; the end is exact.
#include <gtest/gtest.h>

#include "view/SettingsTween.hpp"

using namespace hipscope;

constexpr std::size_t kThigh = static_cast<std::size_t>(LayerId::Thigh);  // solid by default

TEST(SettingsTween, BlendsTensionPoseAndOpacityThenLandsExactly) {
  Settings before, after;
  before.tension["glutes"] = 1.0f;
  after.tension["hip_flexors"] = 0.8f;
  after.pose.hipFlexionR = 90.0f;
  after.layers[kThigh].opacity = 0.2f;
  after.select = "piriformis_r";
  SettingsTween tween;
  tween.start(before, 1.0f);
  const Settings mid = tween.advance(after, 0.5f);
  EXPECT_NEAR(mid.tension.at("glutes"), 0.5f, 1e-4f);  // easing is symmetric: half way at half time
  EXPECT_NEAR(mid.tension.at("hip_flexors"), 0.4f, 1e-4f);
  EXPECT_NEAR(mid.pose.hipFlexionR, 45.0f, 1e-3f);
  EXPECT_NEAR(mid.layers[kThigh].opacity, 0.6f, 1e-4f);
  EXPECT_EQ(mid.select, "piriformis_r");  // discrete settings switch at once
  EXPECT_TRUE(tween.active());
  const Settings end = tween.advance(after, 0.6f);
  EXPECT_FALSE(tween.active());
  EXPECT_EQ(end.tension, after.tension);
  EXPECT_FLOAT_EQ(end.pose.hipFlexionR, 90.0f);
}
