// Gait2392's hip and knee kinematics for its muscle paths (see ReferenceKinematics.hpp).
#include "ReferenceKinematics.hpp"

#include <cmath>
#include <stdexcept>

#include <glm/gtc/matrix_transform.hpp>

namespace hipscope::anatomy {
namespace {

glm::dvec3 vec(const nlohmann::json& a) {
  return {a.at(0).get<double>(), a.at(1).get<double>(), a.at(2).get<double>()};
}

// Rotation about the reference's z axis (flexion at the hip and knee both turn about it).
glm::dvec3 turnZ(const glm::dvec3& p, double angle) {
  const double c = std::cos(angle), s = std::sin(angle);
  return {c * p.x - s * p.y, s * p.x + c * p.y, p.z};
}

const nlohmann::json& transformAxis(const nlohmann::json& joint, const std::string& name) {
  for (const auto& t : joint.at("spatial_transform"))
    if (t.at("name") == name) return t.at("function");
  throw std::runtime_error("joints.json: the knee has no " + name);
}

}  // namespace

double simmSpline(const std::vector<double>& x, const std::vector<double>& y, double at) {
  const std::size_t n = x.size();
  if (n < 2 || y.size() != n) throw std::runtime_error("a SimmSpline needs two or more knots");
  if (n == 2) return y[0] + (y[1] - y[0]) * (at - x[0]) / (x[1] - x[0]);
  std::vector<double> b(n), c(n), d(n);
  const std::size_t m = n - 1;
  d[0] = x[1] - x[0];
  c[1] = (y[1] - y[0]) / d[0];
  for (std::size_t i = 1; i < m; ++i) {
    d[i] = x[i + 1] - x[i];
    b[i] = 2.0 * (d[i - 1] + d[i]);
    c[i + 1] = (y[i + 1] - y[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }
  b[0] = -d[0];
  b[m] = -d[m - 1];
  c[0] = c[m] = 0.0;
  if (n > 3) {
    c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
    c[m] = c[m - 1] / (x[m] - x[m - 2]) - c[m - 2] / (x[m - 1] - x[m - 3]);
    c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
    c[m] = -c[m] * d[m - 1] * d[m - 1] / (x[m] - x[m - 3]);
  }
  for (std::size_t i = 1; i <= m; ++i) {
    const double t = d[i - 1] / b[i - 1];
    b[i] -= t * d[i - 1];
    c[i] -= t * c[i - 1];
  }
  c[m] /= b[m];
  for (std::size_t i = m; i-- > 0;) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
  b[m] = (y[m] - y[m - 1]) / d[m - 1] + d[m - 1] * (c[m - 1] + 2.0 * c[m]);
  for (std::size_t i = 0; i < m; ++i) {
    b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] *= 3.0;
  }
  c[m] *= 3.0;
  d[m] = d[m - 1];
  std::size_t i = 0;
  while (i + 1 < m && at >= x[i + 1]) ++i;
  const double dx = at - x[i];
  return y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
}

double evaluateFunction(const nlohmann::json& function, double at) {
  const std::string type = function.at("type");
  if (type == "Constant") return function.at("value").get<double>();
  if (type != "SimmSpline") throw std::runtime_error("unsupported reference function type " + type);
  return simmSpline(function.at("x").get<std::vector<double>>(), function.at("y").get<std::vector<double>>(), at);
}

ReferenceLeg::ReferenceLeg(const nlohmann::json& joints, char side) : side_(side) {
  const std::string s(1, side);
  hipCentre_ = vec(joints.at("joints").at("hip_" + s).at("location_in_parent"));
  tibiaOrigin_ = vec(joints.at("body_pose_default").at("tibia_" + s).at("origin_in_pelvis"));
  const nlohmann::json& knee = joints.at("joints").at("knee_" + s);
  kneeTranslationX_ = transformAxis(knee, "translation1");
  kneeTranslationY_ = transformAxis(knee, "translation2");
}

std::vector<glm::dvec3> ReferenceLeg::path(const nlohmann::json& muscle, double hipFlexion, double kneeAngle) const {
  return path(muscle, HipAngles{hipFlexion, 0.0, 0.0}, kneeAngle);
}

std::vector<glm::dvec3> ReferenceLeg::path(const nlohmann::json& muscle, const HipAngles& hip, double kneeAngle) const {
  const std::string s(1, side_);
  const double hipFlexion = hip.flexion;
  // Gait2392's hip: flexion about z, then adduction about x and rotation about y (both negated on
  // the left), each about the axes the ones before have turned.
  const double mirror = side_ == 'l' ? -1.0 : 1.0;
  const glm::dmat4 turn = glm::rotate(glm::dmat4(1.0), hip.flexion, glm::dvec3(0, 0, 1)) *
                          glm::rotate(glm::dmat4(1.0), hip.adduction, glm::dvec3(mirror, 0, 0)) *
                          glm::rotate(glm::dmat4(1.0), hip.rotation, glm::dvec3(0, mirror, 0));
  auto turnHip = [&](const glm::dvec3& p) { return glm::dvec3(turn * glm::dvec4(p, 0.0)); };
  auto coordinate = [&](const std::string& name) {
    if (name == "hip_flexion_" + s) return hipFlexion;
    if (name == "hip_adduction_" + s) return hip.adduction;
    if (name == "hip_rotation_" + s) return hip.rotation;
    if (name == "knee_angle_" + s) return kneeAngle;
    return 0.0;  // every other coordinate stays at its default, 0
  };
  const glm::dvec3 kneeInFemur(evaluateFunction(kneeTranslationX_, kneeAngle),
                               evaluateFunction(kneeTranslationY_, kneeAngle), 0.0);
  std::vector<glm::dvec3> out;
  for (const auto& p : muscle.at("points")) {
    if (p.contains("condition") && !p.at("condition").is_null()) {
      const auto& condition = p.at("condition");
      const double value = coordinate(condition.at("coordinate").get<std::string>());
      const auto& range = condition.at("range");
      if (value < range.at(0).get<double>() || value > range.at(1).get<double>()) continue;
    }
    glm::dvec3 local = vec(p.at("xyz_body"));
    if (p.contains("location_functions")) {
      const auto& f = p.at("location_functions");
      int axis = 0;
      for (const char* name : {"x", "y", "z"}) {
        const auto& fa = f.at(name);
        local[axis++] = evaluateFunction(fa.at("function"), coordinate(fa.at("coordinate").get<std::string>()));
      }
    }
    const std::string body = p.at("body");
    glm::dvec3 q;
    if (body == "pelvis") {
      q = local;
    } else if (body == "femur_" + s) {
      q = hipCentre_ + turnHip(local);
    } else {
      // The tibia and, with the ankle at 0, the foot's bodies, whose frames are parallel to the
      // tibia's: a foot point is taken into the tibia frame from its default-pose pelvis position.
      const glm::dvec3 inTibia = body == "tibia_" + s ? local : vec(p.at("xyz_pelvis")) - tibiaOrigin_;
      q = hipCentre_ + turnHip(kneeInFemur + turnZ(inTibia, kneeAngle));
    }
    out.push_back(q);
  }
  return out;
}

double ReferenceLeg::length(const nlohmann::json& muscle, double hipFlexion, double kneeAngle) const {
  return length(muscle, HipAngles{hipFlexion, 0.0, 0.0}, kneeAngle);
}

double ReferenceLeg::length(const nlohmann::json& muscle, const HipAngles& hip, double kneeAngle) const {
  const std::vector<glm::dvec3> points = path(muscle, hip, kneeAngle);
  double total = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) total += glm::length(points[i + 1] - points[i]);
  return total;
}

}  // namespace hipscope::anatomy
