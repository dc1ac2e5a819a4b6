// Bony landmarks of an average adult male pelvis and hip, in our own estimates from anatomical
// knowledge (textbook proportions, hip-centre regressions). Metres; +Y superior, +Z anterior;
// x here is the distance to the LEFT of the midline (mirror with Side for the right).
#pragma once
#include <string>

#include <glm/glm.hpp>

namespace hipscope::gen {

struct Side {
  float sign;          // +1 left (+X), -1 right
  const char* suffix;  // "_l" or "_r"
  glm::vec3 operator()(float x, float y, float z) const { return {sign * x, y, z}; }
  glm::vec3 operator()(const glm::vec3& left) const { return {sign * left.x, left.y, left.z}; }
  std::string name(const std::string& base) const { return base + suffix; }
};
inline const Side kLeft{1.0f, "_l"};
inline const Side kRight{-1.0f, "_r"};

namespace lm {
// Hip bone
inline constexpr glm::vec3 asis{0.118f, 0.000f, 0.000f};
inline constexpr glm::vec3 aiis{0.100f, -0.036f, -0.012f};
inline constexpr glm::vec3 iliacTubercle{0.129f, 0.058f, -0.040f};
inline constexpr glm::vec3 crestTop{0.082f, 0.088f, -0.086f};
inline constexpr glm::vec3 psis{0.040f, 0.040f, -0.160f};
inline constexpr glm::vec3 piis{0.050f, 0.010f, -0.150f};
inline constexpr glm::vec3 sciaticNotch{0.072f, -0.016f, -0.100f};  // apex of the greater sciatic notch
inline constexpr glm::vec3 ischialSpine{0.050f, -0.058f, -0.118f};
inline constexpr glm::vec3 lesserNotch{0.056f, -0.078f, -0.118f};
inline constexpr glm::vec3 ischialTuberosity{0.059f, -0.108f, -0.104f};
inline constexpr glm::vec3 hipCentre{0.084f, -0.068f, -0.064f};
inline constexpr float acetabulumRadius = 0.0265f;
inline constexpr glm::vec3 pubicTubercle{0.022f, -0.078f, -0.004f};
inline constexpr glm::vec3 symphysis{0.006f, -0.088f, -0.008f};
inline constexpr glm::vec3 iliopubicEminence{0.072f, -0.050f, -0.028f};
inline constexpr glm::vec3 obturatorCentre{0.048f, -0.090f, -0.050f};
// Sacrum and coccyx (midline)
inline constexpr glm::vec3 s1Centre{0.0f, 0.060f, -0.103f};
inline constexpr glm::vec3 promontory{0.0f, 0.066f, -0.084f};
inline constexpr glm::vec3 sacralApex{0.0f, -0.040f, -0.150f};
inline constexpr glm::vec3 coccyxTip{0.0f, -0.076f, -0.132f};
// Lumbar vertebral body centres, L1..L5
inline constexpr glm::vec3 lumbarBody[5] = {{0.0f, 0.250f, -0.090f},
                                            {0.0f, 0.213f, -0.083f},
                                            {0.0f, 0.176f, -0.080f},
                                            {0.0f, 0.139f, -0.082f},
                                            {0.0f, 0.101f, -0.089f}};
// Femur
inline constexpr float femoralHeadRadius = 0.0235f;
inline constexpr glm::vec3 greaterTrochanter{0.128f, -0.080f, -0.080f};  // centre of its bulk
inline constexpr glm::vec3 trochantericFossa{0.112f, -0.080f, -0.086f};
inline constexpr glm::vec3 lesserTrochanter{0.097f, -0.121f, -0.087f};
inline constexpr glm::vec3 glutealTuberosity{0.126f, -0.160f, -0.084f};
inline constexpr glm::vec3 kneeCentre{0.088f, -0.478f, -0.072f};
inline constexpr glm::vec3 lateralCondyle{0.110f, -0.482f, -0.080f};
inline constexpr glm::vec3 medialCondyle{0.066f, -0.484f, -0.080f};
// Below the knee (Leg.cpp builds the leg bones on these; muscle insertions)
inline constexpr glm::vec3 tibialTuberosity{0.088f, -0.530f, -0.052f};
inline constexpr glm::vec3 fibularHead{0.118f, -0.530f, -0.090f};
inline constexpr glm::vec3 pesAnserinus{0.062f, -0.556f, -0.058f};
inline constexpr glm::vec3 medialTibialCondyle{0.070f, -0.515f, -0.092f};
inline constexpr glm::vec3 gerdysTubercle{0.112f, -0.522f, -0.060f};
// The knee's flexion axis passes through the femoral condyles a little above their centres (where
// the posterior condyles' curvature is centred); the ankle's through the talar dome below the tibia.
inline constexpr glm::vec3 kneeJoint{0.088f, -0.470f, -0.077f};
inline constexpr glm::vec3 ankleJoint{0.088f, -0.892f, -0.074f};
inline constexpr float tibialPlateauTop = -0.511f;  // just below the femoral condyles (-0.508)
inline constexpr glm::vec3 medialMalleolus{0.065f, -0.890f, -0.078f};
inline constexpr glm::vec3 lateralMalleolus{0.113f, -0.890f, -0.085f};
inline constexpr glm::vec3 fibularNeck{0.120f, -0.553f, -0.092f};
inline constexpr glm::vec3 heel{0.090f, -0.926f, -0.118f};
// The knees sit closer together than the hips: below the hip centre everything is moved toward the
// midline, by this much at the knee and below (the mechanical axis about 0.8 degrees oblique).
inline constexpr float kneeInset = 0.006f;
}  // namespace lm

}  // namespace hipscope::gen
