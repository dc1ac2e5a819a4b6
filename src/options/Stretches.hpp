// The self-care stretches a therapist teaches for low back pain and sciatica: each a published
// position (its pose, knees and ankles included), a camera that shows it, and the muscles it lengthens.
#pragma once
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hipscope {

struct Stretch {
  std::string_view name;                      // the option's value, e.g. "piriformis"
  std::string_view label;                     // in plain words, for the patient (N_: translated where shown)
  std::string_view how;                       // the position in plain steps, for the patient (N_)
  std::string_view source;                    // the published position it follows
  std::span<const std::string_view> targets;  // muscle ids without the side, e.g. "piriformis"
};

// Index 0 is "none".
std::span<const Stretch> stretches();

// The assignments that pose the body in stretch `index` on `side` (0 left, 1 right) and frame it: every
// pose angle (the knees and ankles too) and the camera. Empty for "none".
std::vector<std::string> stretchAssignments(std::size_t index, int side);

// The stretched muscles' part ids on `side`, e.g. "piriformis_r".
std::vector<std::string> stretchTargets(std::size_t index, int side);

}  // namespace hipscope
