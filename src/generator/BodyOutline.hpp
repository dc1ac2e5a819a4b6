// The body's outline below the lower ribs: an adult man of about 1.80 m and 75 kg, our own estimate
// from anthropometric girths (waist, hips, thigh, knee, calf, ankle) and the skeleton's landmarks.
#pragma once
#include "generator/Sdf.hpp"

namespace hipscope::gen {

// Signed distance to the skin (negative inside, roughly metres) in authoring space: the space of the
// muscles before convergeMesh, the legs straight down from the hips. From a little above L1 to the
// soles; it encloses every bone, muscle, nerve and ligament with subcutaneous fat to spare.
Field bodyOutline();

// The box that holds the outline (for polygonising it).
inline constexpr glm::vec3 kBodyOutlineLo{-0.21f, -0.97f, -0.26f};
inline constexpr glm::vec3 kBodyOutlineHi{0.21f, 0.33f, 0.16f};

}  // namespace hipscope::gen
