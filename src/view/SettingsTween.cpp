// Easing settings into place.
#include "view/SettingsTween.hpp"

#include <map>
#include <string>

#include "options/OptionRegistry.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

Settings blendSettings(const Settings& from, const Settings& to, float t) {
  Settings s = to;
  Settings& before = const_cast<Settings&>(from);  // the accessors serve get and set; `from` is only read
  auto mix = [t](float a, float b) { return a + (b - a) * t; };
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (!spec.has(role::kEases)) continue;
    if (spec.kind == OptionKind::Float) {
      const FloatRef field = std::get<FloatRef>(spec.field);
      field(s) = mix(field(before), field(s));
    } else if (spec.kind == OptionKind::FloatMap) {
      const FloatMapRef field = std::get<FloatMapRef>(spec.field);
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

Settings SettingsTween::advance(const Settings& target, float dt) {
  if (!active_) return target;
  elapsed_ += dt;
  if (elapsed_ >= duration_) {
    active_ = false;
    return target;
  }
  return blendSettings(from_, target, easeInOut(elapsed_ / duration_));
}

}  // namespace hipscope
