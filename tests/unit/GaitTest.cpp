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

// The knee and ankle follow the published gait curves (Perry & Burnfield): nearly straight at heel
// strike, about 60 degrees at the peak of swing, the foot pushing off into plantar flexion near toe-off.
TEST(Gait, KneeAndAnkleFollowTheWalkingCurves) {
  EXPECT_NEAR(gaitKnee(0.0f), 5.0f, 0.5f);
  float peak = 0.0f, peakAt = 0.0f, lowestAnkle = 1e9f, lowestAt = 0.0f, highestAnkle = -1e9f;
  for (int i = 0; i <= 200; ++i) {
    const float c = static_cast<float>(i) / 200.0f;
    if (gaitKnee(c) > peak) peak = gaitKnee(c), peakAt = c;
    if (gaitAnkle(c) < lowestAnkle) lowestAnkle = gaitAnkle(c), lowestAt = c;
    highestAnkle = std::max(highestAnkle, gaitAnkle(c));
    EXPECT_GE(gaitKnee(c), 0.0f);
    EXPECT_NEAR(gaitKnee(c), gaitKnee(c + 1.0f), 1e-3f);  // periodic
  }
  EXPECT_NEAR(peak, 60.0f, 3.0f);
  EXPECT_GT(peakAt, 0.62f);  // in swing, after toe-off at about 60 %
  EXPECT_LT(peakAt, 0.80f);
  EXPECT_NEAR(lowestAnkle, -18.0f, 3.0f);  // push-off
  EXPECT_NEAR(lowestAt, 0.62f, 0.05f);
  EXPECT_NEAR(highestAnkle, 10.0f, 2.0f);  // the shank over the foot in late stance
  // Walking moves the knees half a stride apart, on top of the pose.
  PoseSettings base;
  base.walking = true;
  const PoseSettings p = gaitPose(base, 0.0f);
  EXPECT_NEAR(p.kneeFlexionR, gaitKnee(0.0f), 1e-4f);
  EXPECT_NEAR(p.kneeFlexionL, gaitKnee(0.5f), 1e-4f);
  EXPECT_NEAR(p.ankleFlexionL, gaitAnkle(0.5f), 1e-4f);
}
