#include "mechanics/Gait.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope {
namespace {

constexpr float kTwoPi = 6.28318531f;

// The angles of one leg `cycle` (0..1, from its heel strike) into its stride.
struct LegAngles {
  float flexion, abduction, rotation;
};

LegAngles leg(float cycle) {
  const float a = kTwoPi * cycle;
  // Flexed 30 degrees at heel strike, most extended (-10) just before toe-off at 55 %.
  const float flexion = 10.0f + 20.0f * std::cos(a + 0.2f);
  // Adducted a few degrees while it carries the body (first half), abducted a little in swing.
  const float abduction = -4.0f * std::sin(a);
  // Turned in during stance, out during swing.
  const float rotation = 4.0f * std::sin(a);
  return {flexion, abduction, rotation};
}

}  // namespace

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
