// Scenarios and presets animate into place: tensions, pose, layer opacities and peel ease from the
// settings before to the settings after over a second or so; everything else switches at once.
#pragma once
#include <algorithm>

#include "options/Settings.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

// `to` with its continuous settings (pose, tension, layer opacity, peel) blended from `from` by t in 0..1.
inline Settings blendSettings(const Settings& from, const Settings& to, float t) {
  Settings s = to;
  auto mix = [t](float a, float b) { return a + (b - a) * t; };
  PoseSettings& p = s.pose;
  const PoseSettings& a = from.pose;
  p.hipFlexionL = mix(a.hipFlexionL, p.hipFlexionL), p.hipFlexionR = mix(a.hipFlexionR, p.hipFlexionR);
  p.hipAbductionL = mix(a.hipAbductionL, p.hipAbductionL), p.hipAbductionR = mix(a.hipAbductionR, p.hipAbductionR);
  p.hipRotationL = mix(a.hipRotationL, p.hipRotationL), p.hipRotationR = mix(a.hipRotationR, p.hipRotationR);
  p.lumbarFlexion = mix(a.lumbarFlexion, p.lumbarFlexion);
  for (std::size_t i = 0; i < s.layers.size(); ++i) s.layers[i].opacity = mix(from.layers[i].opacity, s.layers[i].opacity);
  s.render.peel = mix(from.render.peel, s.render.peel);
  std::map<std::string, float> tension = from.tension;
  for (auto& [key, value] : tension) value = mix(value, to.tension.count(key) ? to.tension.at(key) : 0.0f);
  for (const auto& [key, value] : to.tension)
    if (!from.tension.count(key)) tension[key] = mix(0.0f, value);
  s.tension = tension;
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
