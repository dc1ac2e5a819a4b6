// Named presets: a list of option assignments applied in order, e.g. the "under the glutes" view.
#pragma once
#include <span>
#include <string_view>

namespace hipscope {

struct Preset {
  std::string_view name;
  std::string_view help;
  std::span<const std::string_view> assignments;  // "key=value", applied in order
};

// Index 0 is "none" (applies nothing).
std::span<const Preset> presets();

}  // namespace hipscope
