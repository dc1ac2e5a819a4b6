// The reference's (OpenSim Gait2392) leg moved at the hip and knee, to measure its muscle paths in a
// pose: femur points turn about the hip centre, tibia and foot points also turn about the knee while
// the tibia slides along the knee's splines, conditional points count only in their coordinate's
// range and moving points follow their functions of the knee angle. Reference axes and frames.
#pragma once
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

namespace hipscope::anatomy {

// OpenSim's SimmSpline: the cubic spline of Forsythe, Malcolm and Moler (end third derivatives from
// the cubics through the first and last four knots), linear for two knots; constant outside the knots
// is not needed here (the angles measured lie inside every function's knots).
double simmSpline(const std::vector<double>& x, const std::vector<double>& y, double at);
// A SimmSpline given as {"type": "SimmSpline", "x": [...], "y": [...]}; throws on another type.
double evaluateFunction(const nlohmann::json& function, double at);

// The hip's three coordinates as Gait2392 names them, radians: flexion, adduction (+ toward the
// midline) and rotation (+ internal), applied in that order about the femur's moving axes.
struct HipAngles {
  double flexion = 0, adduction = 0, rotation = 0;
};

class ReferenceLeg {
 public:
  // `joints` is joints.json; side 'l' or 'r'.
  ReferenceLeg(const nlohmann::json& joints, char side);
  // The path of `muscle` (an entry of muscles.json) in the pelvis frame with the hip flexed by
  // `hipFlexion` and the knee at `kneeAngle` (OpenSim's knee_angle: flexion is negative), radians.
  std::vector<glm::dvec3> path(const nlohmann::json& muscle, double hipFlexion, double kneeAngle) const;
  double length(const nlohmann::json& muscle, double hipFlexion, double kneeAngle) const;
  // The same with the hip turned in all three of its coordinates.
  std::vector<glm::dvec3> path(const nlohmann::json& muscle, const HipAngles& hip, double kneeAngle) const;
  double length(const nlohmann::json& muscle, const HipAngles& hip, double kneeAngle) const;

 private:
  char side_;
  glm::dvec3 hipCentre_;    // pelvis frame
  glm::dvec3 tibiaOrigin_;  // pelvis frame, default pose: foot points are taken into the tibia's frame
  nlohmann::json kneeTranslationX_, kneeTranslationY_;  // tibia origin in the femur frame (knee angle)
};

}  // namespace hipscope::anatomy
