// Joint transforms from a pose, and muscle path lengths.
#include "mechanics/Mechanics.hpp"

#include <fstream>
#include <sstream>

#include <glm/gtc/matrix_transform.hpp>
#include <nlohmann/json.hpp>

#include "base/Error.hpp"

namespace hipscope {

glm::mat4 hipRotation(int side, float flexionDeg, float abductionDeg, float rotationDeg) {
  const float lateral = side == 0 ? 1.0f : -1.0f;  // +X is the subject's left
  // Flexion swings the knee forward (+Z): about +X by minus the angle. Abduction swings it out to
  // the side: about +Z toward the side's lateral direction. Internal rotation turns the front of the
  // thigh inward: about the long (Y) axis.
  const glm::mat4 flex = glm::rotate(glm::mat4(1), glm::radians(-flexionDeg), glm::vec3(1, 0, 0));
  const glm::mat4 abd = glm::rotate(glm::mat4(1), glm::radians(lateral * abductionDeg), glm::vec3(0, 0, 1));
  const glm::mat4 rot = glm::rotate(glm::mat4(1), glm::radians(-lateral * rotationDeg), glm::vec3(0, 1, 0));
  return flex * abd * rot;
}

glm::mat4 kneeRotation(float flexionDeg) {
  return glm::rotate(glm::mat4(1), glm::radians(flexionDeg), glm::vec3(1, 0, 0));
}

glm::mat4 ankleRotation(float dorsiflexionDeg) {
  return glm::rotate(glm::mat4(1), glm::radians(-dorsiflexionDeg), glm::vec3(1, 0, 0));
}

Mechanics Mechanics::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw UserError("could not read " + path.string() + ": no such file or not readable");
  std::stringstream text;
  text << in.rdbuf();
  Mechanics m;
  try {
    const nlohmann::json doc = nlohmann::json::parse(text.str());
    for (const auto& j : doc.at("joints")) {
      const auto& p = j.at("position");
      m.joints_.push_back(
          {j.at("name").get<std::string>(), -1, {p.at(0).get<float>(), p.at(1).get<float>(), p.at(2).get<float>()}});
    }
    for (std::size_t i = 0; i < m.joints_.size(); ++i) {
      const std::string parent = doc.at("joints").at(i).at("parent").get<std::string>();
      for (std::size_t k = 0; k < m.joints_.size(); ++k)
        if (m.joints_[k].name == parent) m.joints_[i].parent = static_cast<int>(k);
    }
    for (const auto& mu : doc.at("muscles")) {
      MusclePath path{mu.at("id").get<std::string>(), {}};
      for (const auto& pt : mu.at("path")) {
        const std::string joint = pt.at("joint").get<std::string>();
        int index = -1;
        for (std::size_t k = 0; k < m.joints_.size(); ++k)
          if (m.joints_[k].name == joint) index = static_cast<int>(k);
        if (index < 0) throw UserError(path.id + " names an unknown joint \"" + joint + "\"");
        const auto& p = pt.at("position");
        glm::vec3 normal(0.0f);
        if (pt.contains("normal"))
          normal = {pt["normal"].at(0).get<float>(), pt["normal"].at(1).get<float>(), pt["normal"].at(2).get<float>()};
        path.points.push_back({index, {p.at(0).get<float>(), p.at(1).get<float>(), p.at(2).get<float>()}, normal});
      }
      m.muscles_.push_back(std::move(path));
    }
  } catch (const nlohmann::json::exception& e) {
    throw UserError("could not read " + path.string() + ": " + e.what());
  } catch (const UserError& e) {
    throw UserError(path.string() + ": " + e.what());
  }
  m.rest_ = m.jointTransforms(Pose{});
  return m;
}

const MusclePath* Mechanics::find(const std::string& id) const {
  for (const auto& m : muscles_)
    if (m.id == id) return &m;
  return nullptr;
}

std::vector<glm::mat4> Mechanics::jointTransforms(const Pose& pose) const {
  std::vector<glm::mat4> world(joints_.size(), glm::mat4(1.0f));
  for (std::size_t i = 0; i < joints_.size(); ++i) {  // parents come before children in the file
    const JointInfo& j = joints_[i];
    glm::mat4 local(1.0f);
    if (j.name == "hip_l" || j.name == "hip_r") {
      const int side = j.name == "hip_l" ? 0 : 1;
      local = hipRotation(side, pose.hipFlexion[side], pose.hipAbduction[side], pose.hipRotation[side]);
    } else if (j.name == "knee_l" || j.name == "knee_r") {
      local = kneeRotation(pose.kneeFlexion[j.name == "knee_l" ? 0 : 1]);
    } else if (j.name == "ankle_l" || j.name == "ankle_r") {
      local = ankleRotation(pose.ankleFlexion[j.name == "ankle_l" ? 0 : 1]);
    } else if (j.name.rfind("lumbar_", 0) == 0) {
      // Each lumbar level takes a fifth of the flexion, bending the spine forward (+Z) above it, and a
      // fifth of the side bend, tilting it toward the left (+X) about the front-to-back axis.
      local = glm::rotate(glm::mat4(1), glm::radians(pose.lumbarFlexion / 5.0f), glm::vec3(1, 0, 0)) *
              glm::rotate(glm::mat4(1), glm::radians(-pose.lumbarSideBend / 5.0f), glm::vec3(0, 0, 1));
    }
    const glm::mat4 aboutJoint =
        glm::translate(glm::mat4(1), j.position) * local * glm::translate(glm::mat4(1), -j.position);
    world[i] = (j.parent >= 0 ? world[static_cast<std::size_t>(j.parent)] : glm::mat4(1.0f)) * aboutJoint;
  }
  return world;
}

std::vector<glm::vec3> Mechanics::posedPath(const MusclePath& muscle, const std::vector<glm::mat4>& transforms) const {
  struct Posed {
    glm::vec3 p, n;
  };
  std::vector<Posed> points;
  points.reserve(muscle.points.size());
  for (const auto& q : muscle.points) {
    const glm::mat4& m = transforms[static_cast<std::size_t>(q.joint)];
    points.push_back({glm::vec3(m * glm::vec4(q.position, 1.0f)), glm::vec3(m * glm::vec4(q.normal, 0.0f))});
  }
  // Drop via points the muscle has lifted off, one at a time, until every remaining one is pressed on.
  for (bool dropped = true; dropped && points.size() > 2;) {
    dropped = false;
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
      if (points[i].n == glm::vec3(0.0f)) continue;
      const glm::vec3 a = points[i - 1].p, b = points[i + 1].p, v = points[i].p;
      const glm::vec3 ab = b - a;
      const float t = glm::clamp(glm::dot(v - a, ab) / std::max(glm::dot(ab, ab), 1e-12f), 0.0f, 1.0f);
      if (glm::dot(a + ab * t - v, points[i].n) > 0.0f) {
        points.erase(points.begin() + static_cast<std::ptrdiff_t>(i));
        dropped = true;
        break;
      }
    }
  }
  std::vector<glm::vec3> out;
  out.reserve(points.size());
  for (const Posed& q : points) out.push_back(q.p);
  return out;
}

float Mechanics::length(const MusclePath& muscle, const Pose& pose) const {
  const std::vector<glm::vec3> path = posedPath(muscle, jointTransforms(pose));
  float total = 0;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) total += glm::length(path[i + 1] - path[i]);
  return total;
}

}  // namespace hipscope
