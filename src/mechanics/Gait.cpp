#include "mechanics/Gait.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hipscope {
namespace {

constexpr float kTwoPi = 6.28318531f;

// The angles of one leg `cycle` (0..1, from its heel strike) into its stride.
struct LegAngles {
  float flexion, abduction, rotation, knee, ankle;
};

struct Knot {
  float cycle, degrees;
};

// A smooth closed curve through the knots (periodic Catmull-Rom, cycle 0..1).
template <std::size_t N>
float periodic(const std::array<Knot, N>& k, float cycle) {
  std::size_t i = 0;
  while (i + 1 < N && k[i + 1].cycle <= cycle) ++i;
  auto at = [&k](std::ptrdiff_t j) {
    const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(N);
    const std::ptrdiff_t wrapped = ((j % n) + n) % n;
    const float lap = static_cast<float>((j - wrapped) / n);
    return Knot{k[static_cast<std::size_t>(wrapped)].cycle + lap, k[static_cast<std::size_t>(wrapped)].degrees};
  };
  const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i);
  const Knot p0 = at(j - 1), p1 = at(j), p2 = at(j + 1), p3 = at(j + 2);
  const float t = (cycle - p1.cycle) / (p2.cycle - p1.cycle);
  // Tangents scaled to the knots' uneven spacing (cardinal spline in the cycle's parameter).
  const float m1 = (p2.degrees - p0.degrees) / (p2.cycle - p0.cycle) * (p2.cycle - p1.cycle);
  const float m2 = (p3.degrees - p1.degrees) / (p3.cycle - p1.cycle) * (p2.cycle - p1.cycle);
  const float t2 = t * t, t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * p1.degrees + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2.degrees + (t3 - t2) * m2;
}

// Sagittal knee and ankle angles over one stride of normal walking, after the published mean curves
// (J. Perry & J. M. Burnfield, Gait Analysis: Normal and Pathological Function, 2nd ed., 2010,
// ch. 5-6): the knee about 5 degrees at heel strike, a first bend to about 18 in loading response,
// nearly straight in terminal stance, 40 at toe-off (about 60 % of the stride) and its peak of about
// 60 in initial swing, straightening again for the next heel strike. The ankle dips into plantar
// flexion after heel strike, dorsiflexes to about 10 as the body passes over the foot, pushes off to
// about 20 of plantar flexion at toe-off and comes back to neutral in swing to clear the toes.
constexpr std::array<Knot, 6> kKnee{{{0.00f, 5}, {0.15f, 18}, {0.40f, 5}, {0.60f, 40}, {0.73f, 60}, {0.88f, 25}}};
constexpr std::array<Knot, 6> kAnkle{{{0.00f, 0}, {0.07f, -6}, {0.45f, 10}, {0.62f, -18}, {0.75f, -4}, {0.88f, 0}}};

LegAngles leg(float cycle) {
  cycle -= std::floor(cycle);
  const float a = kTwoPi * cycle;
  // Flexed 30 degrees at heel strike, most extended (-10) just before toe-off at 55 %.
  const float flexion = 10.0f + 20.0f * std::cos(a + 0.2f);
  // Adducted a few degrees while it carries the body (first half), abducted a little in swing.
  const float abduction = -4.0f * std::sin(a);
  // Turned in during stance, out during swing.
  const float rotation = 4.0f * std::sin(a);
  return {flexion, abduction, rotation, periodic(kKnee, cycle), periodic(kAnkle, cycle)};
}

}  // namespace

float gaitKnee(float cycle) { return leg(cycle).knee; }
float gaitAnkle(float cycle) { return leg(cycle).ankle; }

PoseSettings gaitPose(const PoseSettings& base, float seconds) {
  if (!base.walking) return base;
  const float cycle = seconds / kStrideSeconds - std::floor(seconds / kStrideSeconds);
  const LegAngles right = leg(cycle), left = leg(cycle + 0.5f);
  PoseSettings p = base;
  p.hipFlexionR = std::clamp(base.hipFlexionR + right.flexion, -30.0f, 120.0f);
  p.hipFlexionL = std::clamp(base.hipFlexionL + left.flexion, -30.0f, 120.0f);
  p.hipAbductionR = std::clamp(base.hipAbductionR + right.abduction, -30.0f, 45.0f);
  p.hipAbductionL = std::clamp(base.hipAbductionL + left.abduction, -30.0f, 45.0f);
  p.hipRotationR = std::clamp(base.hipRotationR + right.rotation, -45.0f, 45.0f);
  p.hipRotationL = std::clamp(base.hipRotationL + left.rotation, -45.0f, 45.0f);
  p.kneeFlexionR = std::clamp(base.kneeFlexionR + right.knee, 0.0f, 140.0f);
  p.kneeFlexionL = std::clamp(base.kneeFlexionL + left.knee, 0.0f, 140.0f);
  p.ankleFlexionR = std::clamp(base.ankleFlexionR + right.ankle, -50.0f, 30.0f);
  p.ankleFlexionL = std::clamp(base.ankleFlexionL + left.ankle, -50.0f, 30.0f);
  // The low back rocks slightly with each step: twice a stride.
  p.lumbarFlexion = std::clamp(base.lumbarFlexion + 2.0f * std::sin(2.0f * kTwoPi * cycle), -30.0f, 60.0f);
  return p;
}

Settings atTime(const Settings& settings, float seconds) {
  Settings s = settings;
  s.pose = gaitPose(settings.pose, seconds);
  return s;
}

}  // namespace hipscope
