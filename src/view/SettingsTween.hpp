// Scenarios and presets animate into place: tensions, pose, layer opacities and peel ease from the
// settings before to the settings after over a second or so; everything else switches at once.
#pragma once
#include "options/Settings.hpp"

namespace hipscope {

// `to` with the options the registry marks role::kEases (pose angles, layer opacities, peel,
// tensions) blended from `from` by t in 0..1; a tension missing on one side counts as 0.
Settings blendSettings(const Settings& from, const Settings& to, float t);

class SettingsTween {
 public:
  void start(const Settings& from, float seconds) {
    from_ = from;
    duration_ = seconds;
    elapsed_ = 0.0f;
    active_ = true;
  }
  bool active() const { return active_; }

  // The settings to show `dt` seconds later on the way to `target`.
  Settings advance(const Settings& target, float dt);

 private:
  Settings from_;
  float duration_ = 1.0f, elapsed_ = 0.0f;
  bool active_ = false;
};

}  // namespace hipscope
