// Walking: the gait cycle moves the hips through their walking range, half a stride apart, and
// repeats exactly every stride; time is an input, so every frame is reproducible.
#include <gtest/gtest.h>

#include <algorithm>

#include "mechanics/Gait.hpp"

using namespace hipscope;

TEST(Gait, HipsSwingThroughTheWalkingRangeHalfAStrideApart) {
  PoseSettings base;
  EXPECT_EQ(gaitPose(base, 0.4f).hipFlexionR, 0.0f);  // not walking: untouched
  base.walking = true;
  float lowest = 1e9f, highest = -1e9f;
  for (int i = 0; i < 110; ++i) {
    const float t = kStrideSeconds * static_cast<float>(i) / 110.0f;
    const PoseSettings p = gaitPose(base, t);
    lowest = std::min(lowest, p.hipFlexionR);
    highest = std::max(highest, p.hipFlexionR);
    // The left hip is where the right one was half a stride earlier.
    EXPECT_NEAR(p.hipFlexionL, gaitPose(base, t + kStrideSeconds * 0.5f).hipFlexionR, 1e-3f);
    // One stride later everything is back where it was.
    const PoseSettings next = gaitPose(base, t + kStrideSeconds);
    EXPECT_NEAR(next.hipFlexionR, p.hipFlexionR, 1e-3f);
    EXPECT_NEAR(next.lumbarFlexion, p.lumbarFlexion, 1e-3f);
  }
  EXPECT_NEAR(highest, 30.0f, 0.5f);  // flexed at heel strike
  EXPECT_NEAR(lowest, -10.0f, 0.5f);  // extended at push-off
  EXPECT_NEAR(gaitPose(base, 0.0f).hipFlexionR, 29.6f, 0.1f);
}

TEST(Gait, AddsToThePoseAndStaysInTheOptionRanges) {
  PoseSettings base;
  base.walking = true;
  base.hipFlexionR = 110.0f;  // a nonsense combination still gives a valid pose
  for (float t = 0.0f; t < 2.0f; t += 0.05f) {
    const PoseSettings p = gaitPose(base, t);
    EXPECT_LE(p.hipFlexionR, 120.0f);
    EXPECT_GE(p.hipFlexionR, 80.0f);
  }
  Settings s;
  s.pose = base;
  EXPECT_EQ(atTime(s, 0.3f).pose.hipFlexionR, gaitPose(base, 0.3f).hipFlexionR);
}
