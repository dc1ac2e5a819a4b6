// The article's scenarios: each sets tensions, pose, layers, camera and highlight, with a caption in
// plain words for the patient.
#pragma once
#include <span>
#include <string_view>

#include "options/Presets.hpp"

namespace hipscope {

struct Scenario {
  Preset preset;             // name, help and the assignments that set the scene
  std::string_view caption;  // one line for the patient
};

// Index 0 is "none".
std::span<const Scenario> scenarios();

}  // namespace hipscope
