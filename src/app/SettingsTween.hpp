// Scenarios and presets animate into place: tensions, pose, layer opacities and peel ease from the
// settings before to the settings after over a second or so; everything else switches at once.
#pragma once
#include <algorithm>

#include "options/OptionRegistry.hpp"
#include "options/Settings.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

// `to` with its continuous settings (pose, tension, layer opacity, peel) blended from `from` by t in 0..1.
// The options that ease are those the registry marks role::kEases: numbers, and families of numbers
// (tensions) where a key missing on one side counts as 0.
inline Settings blendSettings(const Settings& from, const Settings& to, float t) {
  using FloatRef = float& (*)(Settings&);
  using MapRef = std::map<std::string, float>& (*)(Settings&);
  Settings s = to;
  Settings& before = const_cast<Settings&>(from);  // the accessors serve get and set; `from` is only read
  auto mix = [t](float a, float b) { return a + (b - a) * t; };
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (!spec.has(role::kEases)) continue;
    if (spec.kind == OptionKind::Float) {
      const FloatRef field = std::get<FloatRef>(spec.field);
      field(s) = mix(field(before), field(s));
    } else if (spec.kind == OptionKind::FloatMap) {
      const MapRef field = std::get<MapRef>(spec.field);
      const std::map<std::string, float>& a = field(before);
      std::map<std::string, float>& b = field(s);
      std::map<std::string, float> blended = a;
      for (auto& [key, value] : blended) value = mix(value, b.count(key) ? b.at(key) : 0.0f);
      for (const auto& [key, value] : b)
        if (!a.count(key)) blended[key] = mix(0.0f, value);
      b = std::move(blended);
    }
  }
  return s;
}

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
  Settings advance(const Settings& target, float dt) {
    if (!active_) return target;
    elapsed_ += dt;
    if (elapsed_ >= duration_) {
      active_ = false;
      return target;
    }
    const Settings s = blendSettings(from_, target, easeInOut(elapsed_ / duration_));
    return s;
  }

 private:
  Settings from_;
  float duration_ = 1.0f, elapsed_ = 0.0f;
  bool active_ = false;
};

}  // namespace hipscope
