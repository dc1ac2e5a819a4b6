// One frame's body state.
#include "mechanics/Body.hpp"

#include "mechanics/Gait.hpp"

namespace hipscope {

Pose poseOf(const PoseSettings& p) {
  Pose pose;
  pose.hipFlexion = {p.hipFlexionL, p.hipFlexionR};
  pose.hipAbduction = {p.hipAbductionL, p.hipAbductionR};
  pose.hipRotation = {p.hipRotationL, p.hipRotationR};
  pose.lumbarFlexion = p.lumbarFlexion;
  return pose;
}

Body computeBody(const Mechanics* mechanics, const Settings& shown, float seconds) {
  Body body;
  body.settings = atTime(shown, seconds);
  body.pose = poseOf(body.settings.pose);
  if (!mechanics) return body;
  body.joints = mechanics->jointTransforms(body.pose);
  body.lines = tensionLines(*mechanics, body.settings, body.joints);
  body.nerves = sciaticCompression(*mechanics, body.settings, body.joints);
  body.strain = lowBackStrain(*mechanics, body.settings);
  return body;
}

}  // namespace hipscope
