// A live clip's timeline: sampled at the window's pace, read back at exactly the clip's frame times.
#include <gtest/gtest.h>

#include "view/Timeline.hpp"

using namespace hipscope;

namespace {

// What a window drawing at `hz` hands over for `seconds`: the hip and the camera turning 10 degrees a
// second, the animation clock running, X-ray switched on half-way.
Timeline scriptedSession(double hz, double seconds) {
  Timeline timeline;
  const int samples = static_cast<int>(std::lround(seconds * hz));
  for (int i = 0; i <= samples; ++i) {
    const double t = i / hz;
    TimelineSample s;
    s.time = t;
    s.shown.pose.hipFlexionR = static_cast<float>(10 * t);
    s.shown.render.xray = t >= seconds / 2;
    s.pose.yaw = static_cast<float>(10 * t);
    s.pose.distance = 2.0f;
    s.clock = 100 + t;
    timeline.add(s);
  }
  return timeline;
}

}  // namespace

TEST(Timeline, FiveSecondsAtTenFramesASecondMakeAFiveSecondClipWithEveryFrameAtItsTime) {
  const Timeline timeline = scriptedSession(10, 5);
  EXPECT_DOUBLE_EQ(timeline.duration(), 5.0);
  ASSERT_EQ(timeline.frameCount(30), 150);  // however many samples the window drew
  EXPECT_EQ(timeline.frameCount(24), 120);
  EXPECT_EQ(timeline.frameCount(60), 300);
  for (int k = 0; k < 150; ++k) {
    const double t = k / 30.0;
    const TimelineSample frame = timeline.frame(k, 30);
    EXPECT_NEAR(frame.time, t, 1e-9) << "frame " << k;
    // Between the window's samples the easing options, the camera and the clock are interpolated.
    EXPECT_NEAR(frame.shown.pose.hipFlexionR, 10 * t, 1e-3) << "frame " << k;
    EXPECT_NEAR(frame.pose.yaw, 10 * t, 1e-3) << "frame " << k;
    EXPECT_NEAR(frame.clock, 100 + t, 1e-6) << "frame " << k;
    // Everything else is what the window showed at or before that moment.
    EXPECT_EQ(frame.shown.render.xray, t >= 2.5 - 1e-9) << "frame " << k;
  }
}

TEST(Timeline, TheSampleAtOrBeforeATime) {
  const Timeline timeline = scriptedSession(10, 1);
  EXPECT_EQ(timeline.indexAt(-1), 0u);
  EXPECT_EQ(timeline.indexAt(0), 0u);
  EXPECT_EQ(timeline.indexAt(0.05), 0u);
  EXPECT_EQ(timeline.indexAt(0.1), 1u);
  EXPECT_EQ(timeline.indexAt(0.99), 9u);
  EXPECT_EQ(timeline.indexAt(5), 10u);
  EXPECT_NEAR(timeline.at(5).pose.yaw, 10.0f, 1e-4);  // past the end: the last sample
}

TEST(Timeline, AnUnevenWindowStillMakesAClipAsLongAsTheSession) {
  Timeline timeline;
  double t = 0;
  for (int i = 0; i < 40; ++i) {  // frames of 30, 70 and 150 ms, as a busy laptop draws them
    TimelineSample s;
    s.time = t;
    s.pose.yaw = static_cast<float>(t);
    timeline.add(s);
    t += (i % 3 == 0 ? 0.03 : i % 3 == 1 ? 0.07 : 0.15);
  }
  const double duration = timeline.duration();
  EXPECT_EQ(timeline.frameCount(30), static_cast<int>(std::lround(duration * 30)));
  for (int k = 0; k < timeline.frameCount(30); ++k) EXPECT_NEAR(timeline.frame(k, 30).pose.yaw, k / 30.0, 1e-4);
}

TEST(Timeline, ASampleStampedEarlierThanTheLastIsTakenAsAtTheLast) {
  Timeline timeline;
  TimelineSample s;
  s.time = 1.0;
  timeline.add(s);
  s.time = 0.5;
  timeline.add(s);
  EXPECT_DOUBLE_EQ(timeline.samples().back().time, 1.0);
  EXPECT_EQ(timeline.frameCount(30), 30);
}
