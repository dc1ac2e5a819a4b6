// One frame's body state.
#include "mechanics/Body.hpp"

#include "anatomy/Tension.hpp"
#include "mechanics/Gait.hpp"
#include "mechanics/Strain.hpp"

namespace hipscope {

BodyModel::BodyModel(const Model& model, std::vector<char> muscleParts, const Mechanics* mechanics)
    : muscle(std::move(muscleParts)), contact(model), bones(model) {
  muscle.resize(model.parts.size(), 0);
  for (const std::string& name : model.jointNames) {
    int slot = -1;
    if (mechanics)
      for (std::size_t k = 0; k < mechanics->joints().size(); ++k)
        if (mechanics->joints()[k].name == name) slot = static_cast<int>(k);
    jointSlots.push_back(slot);
  }
  for (const MeshPart& part : model.parts) fibreEnds.push_back(fibreEndsOf(part));
}

Pose poseOf(const PoseSettings& p) {
  Pose pose;
  pose.hipFlexion = {p.hipFlexionL, p.hipFlexionR};
  pose.hipAbduction = {p.hipAbductionL, p.hipAbductionR};
  pose.hipRotation = {p.hipRotationL, p.hipRotationR};
  pose.lumbarFlexion = p.lumbarFlexion;
  pose.lumbarSideBend = p.lumbarSideBend;
  pose.kneeFlexion = {p.kneeFlexionL, p.kneeFlexionR};
  pose.ankleFlexion = {p.ankleFlexionL, p.ankleFlexionR};
  return pose;
}

Body computeBody(const Model& model, const BodyModel& parts, const Mechanics* mechanics, const Settings& shown,
                 float seconds) {
  Body body;
  body.settings = atTime(shown, seconds);
  const Settings& settings = body.settings;
  body.pose = poseOf(settings.pose);
  if (mechanics) {
    body.joints = mechanics->jointTransforms(body.pose);
    if (!parts.jointSlots.empty())
      for (int slot : parts.jointSlots)
        body.modelJoints.push_back(slot >= 0 ? body.joints[static_cast<std::size_t>(slot)] : glm::mat4(1.0f));
    BodyModel::PathMemo& memo = *parts.pathMemo;
    const std::lock_guard<std::mutex> lock(memo.mutex);
    if (!memo.valid || memo.joints != body.joints || memo.tension != settings.tension) {
      memo.lines = tensionLines(*mechanics, settings, body.joints, &parts.bones, body.modelJoints);
      memo.joints = body.joints, memo.tension = settings.tension, memo.valid = true;
    }
    body.lines = memo.lines;
    body.strain = lowBackStrain(*mechanics, settings);
  }
  body.tension = partTensions(model, settings);
  body.deform.resize(model.parts.size());
  static const FibreEnds kNoFibres;
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    body.deform[i] = muscleDeform(parts.muscle[i] ? parts.fibreEnds[i] : kNoFibres, body.modelJoints, body.tension[i]);
  const bool through = settings.anatomy.sciatic == SciaticCourse::Through;
  for (int side = 0; side < 2; ++side) {
    if (!parts.contact.measurable(side)) continue;
    const int m = parts.contact.muscle(side);
    body.nerves[static_cast<std::size_t>(side)] =
        parts.contact.measure(model, side, body.modelJoints, body.deform[static_cast<std::size_t>(m)], through);
  }
  return body;
}

}  // namespace hipscope
