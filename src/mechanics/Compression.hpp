// What tight hip muscles do: the piriformis pressing on the sciatic nerve, and the pull on the low back.
#pragma once
#include <array>

#include <glm/glm.hpp>

#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"

namespace hipscope {

// Sciatic trunk radius where it leaves the pelvis, as the generator builds it (metres).
inline constexpr float kSciaticRadius = 0.0052f;

struct NerveCompression {
  float amount = 0.0f;      // 0 free .. 1 fully pinched
  glm::vec3 contact{0.0f};  // posed point on the nerve under the piriformis
};

// Per side (0 left, 1 right), from the geometry: how far the piriformis presses into the nerve beneath
// it. At rest the two touch without pressure. Contraction thickens the muscle (up to 60 % more at full
// tension); the stretch position (hip flexion, adduction, internal rotation) pulls it taut over the
// nerve and moves it relative to the nerve. 1 means the muscle has pressed in by its own half-thickness.
// `joints`: Mechanics::jointTransforms of the pose (computed once a frame, mechanics/Body.hpp).
std::array<NerveCompression, 2> sciaticCompression(const Mechanics& mechanics, const Settings& settings,
                                                   const std::vector<glm::mat4>& joints);
std::array<NerveCompression, 2> sciaticCompression(const Mechanics& mechanics, const Settings& settings,
                                                   const Pose& pose);

// Per side, 0..1: the tension of the muscles that pull on the sacrum, hip bone and lumbar spine,
// weighted by how strong each muscle is, over what all of them at full tension would give.
std::array<float, 2> lowBackStrain(const Mechanics& mechanics, const Settings& settings);

}  // namespace hipscope
