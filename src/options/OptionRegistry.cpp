// Option parsing, validation and the table of all options.
#include "options/OptionRegistry.hpp"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <utility>

#include "base/Error.hpp"
#include "options/Presets.hpp"
#include "options/Scenarios.hpp"
#include "base/Suggest.hpp"
#include "options/ClipFormats.hpp"

namespace hipscope {
namespace {

std::string formatFloat(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(v));
  return buf;
}

std::string kindName(const OptionSpec& spec) {
  switch (spec.kind) {
    case OptionKind::Bool: return "bool";
    case OptionKind::Float: return "float " + formatFloat(spec.min) + ".." + formatFloat(spec.max);
    case OptionKind::Text: return "text";
    case OptionKind::Words: return "words";
    case OptionKind::Path: return "file";
    case OptionKind::FloatMap: return "float 0..1";
    case OptionKind::Enum: {
      std::string s;
      for (const auto& c : spec.choices) s += (s.empty() ? "" : "|") + c;
      return s;
    }
  }
  return "";
}

template <class E>
std::vector<std::string> choicesOf() {
  return {EnumNames<E>::names.begin(), EnumNames<E>::names.end()};
}

template <std::size_t I>
bool& layerVisible(Settings& s) {
  return s.layers[I].visible;
}

template <std::size_t I>
float& layerOpacity(Settings& s) {
  return s.layers[I].opacity;
}

template <std::size_t... I>
void addLayerOptions(OptionRegistry& r, std::index_sequence<I...>) {
  using namespace role;
  (r.add({"layers." + std::string(EnumNames<LayerId>::names[I]) + ".visible", OptionKind::Bool,
          "show the " + std::string(EnumNames<LayerId>::names[I]) + " layer", &layerVisible<I>, 0, 0, {}, {}, kView, ""}),
   ...);
  (r.add({"layers." + std::string(EnumNames<LayerId>::names[I]) + ".opacity", OptionKind::Float,
          "opacity of the " + std::string(EnumNames<LayerId>::names[I]) + " layer (below 1: ghosted)", &layerOpacity<I>, 0, 1,
          {}, {}, kView | kEases, ""}),
   ...);
}

// Panel sections, in the order the panel shows them.
constexpr const char* kViewSection = "View";
constexpr const char* kRecordSection = "Record a clip";
constexpr const char* kCameraSection = "Camera";
constexpr const char* kPoseSection = "Pose";
constexpr const char* kVariantSection = "Anatomical variant";
constexpr const char* kHighlightSection = "Highlight";
constexpr const char* kLookSection = "Look";

using TextRef = std::string& (*)(Settings&);

OptionRegistry buildRegistry() {
  using namespace role;
  OptionRegistry r;
  auto addFloat = [&r](std::string key, float& (*field)(Settings&), float min, float max, std::string help, unsigned roles,
                       std::string section) {
    r.add({std::move(key), OptionKind::Float, std::move(help), field, min, max, {}, {}, roles, std::move(section)});
  };
  auto addBool = [&r](std::string key, bool& (*field)(Settings&), std::string help, unsigned roles, std::string section) {
    r.add({std::move(key), OptionKind::Bool, std::move(help), field, 0, 0, {}, {}, roles, std::move(section)});
  };
  auto addEnum = [&r](std::string key, EnumField field, std::vector<std::string> choices, std::string help, unsigned roles,
                      std::string section) {
    r.add({std::move(key), OptionKind::Enum, std::move(help), field, 0, 0, std::move(choices), {}, roles, std::move(section)});
  };
  auto addText = [&r](std::string key, OptionKind kind, TextRef field, std::string help, unsigned roles, std::string section) {
    r.add({std::move(key), kind, std::move(help), field, 0, 0, {}, {}, roles, std::move(section)});
  };

  addEnum("view",
          {[](const Settings& s) { return static_cast<int>(s.camera.view); },
           [](Settings& s, int v) { s.camera.view = static_cast<ViewPreset>(v); }},
          choicesOf<ViewPreset>(), "side of the body the camera looks at", kView | kCamera | kReframes, kViewSection);
  addFloat("camera.orbit_yaw", [](Settings& s) -> float& { return s.camera.orbitYaw; }, -180, 180,
           "degrees turned around the body's long axis from the view", kView | kCamera, kCameraSection);
  addFloat("camera.orbit_pitch", [](Settings& s) -> float& { return s.camera.orbitPitch; }, -89, 89,
           "degrees looked from above (+) or below (-) the view", kView | kCamera, kCameraSection);
  addFloat("camera.roll", [](Settings& s) -> float& { return s.camera.roll; }, -180, 180,
           "degrees the picture turns counter-clockwise; 90 shows a lying patient across the screen, head left", kView | kCamera,
           kCameraSection);
  addFloat("camera.zoom", [](Settings& s) -> float& { return s.camera.zoom; }, 0.25f, 8,
           "magnification; 1 frames the whole model", kView | kCamera, kCameraSection);
  addEnum("camera.focus",
          {[](const Settings& s) { return static_cast<int>(s.camera.focus); },
           [](Settings& s, int v) { s.camera.focus = static_cast<CameraFocus>(v); }},
          choicesOf<CameraFocus>(), "frame the whole model, or the pelvis (hip bones and sacrum)", kView | kCamera | kReframes,
          kCameraSection);
  addFloat("camera.fov", [](Settings& s) -> float& { return s.camera.fov; }, 10, 90,
           "vertical field of view in degrees", kView | kCamera, kCameraSection);
  addEnum("model.units",
          {[](const Settings& s) { return static_cast<int>(s.model.units); },
           [](Settings& s, int v) { s.model.units = static_cast<ModelUnits>(v); }},
          choicesOf<ModelUnits>(), "length unit of a model file that does not say (auto: what the file says, else metres)",
          kPreference, "");
  addEnum("model.up",
          {[](const Settings& s) { return static_cast<int>(s.model.up); },
           [](Settings& s, int v) { s.model.up = static_cast<ModelUp>(v); }},
          choicesOf<ModelUp>(), "which axis of a model file points up (auto: what the file says, else y)", kPreference, "");
  addText("model.mapping", OptionKind::Path, [](Settings& s) -> std::string& { return s.model.mapping; },
          "mapping file naming a model's meshes as structures (default: MODEL.mapping.json beside the model)", 0, "");
  addEnum("anatomy.sciatic_nerve",
          {[](const Settings& s) { return static_cast<int>(s.anatomy.sciatic); },
           [](Settings& s, int v) { s.anatomy.sciatic = static_cast<SciaticCourse>(v); }},
          choicesOf<SciaticCourse>(),
          "where the sciatic nerve leaves the pelvis: below the piriformis (most people) or through it (about one in six)",
          kPreference, kVariantSection);
  addBool("pose.walking", [](Settings& s) -> bool& { return s.pose.walking; },
          "walk: the hips and low back move through a gait cycle, one stride every 1.1 s", kView, kPoseSection);
  const unsigned angle = kView | kEases;
  addFloat("pose.hip_flexion_l", [](Settings& s) -> float& { return s.pose.hipFlexionL; }, -30, 120,
           "left hip flexion in degrees (+ thigh forward, as in sitting)", angle, kPoseSection);
  addFloat("pose.hip_flexion_r", [](Settings& s) -> float& { return s.pose.hipFlexionR; }, -30, 120,
           "right hip flexion in degrees (+ thigh forward, as in sitting)", angle, kPoseSection);
  addFloat("pose.hip_abduction_l", [](Settings& s) -> float& { return s.pose.hipAbductionL; }, -30, 45,
           "left hip abduction in degrees (+ out to the side, - across the midline)", angle, kPoseSection);
  addFloat("pose.hip_abduction_r", [](Settings& s) -> float& { return s.pose.hipAbductionR; }, -30, 45,
           "right hip abduction in degrees (+ out to the side, - across the midline)", angle, kPoseSection);
  addFloat("pose.hip_rotation_l", [](Settings& s) -> float& { return s.pose.hipRotationL; }, -45, 45,
           "left hip rotation in degrees (+ internal, - external)", angle, kPoseSection);
  addFloat("pose.hip_rotation_r", [](Settings& s) -> float& { return s.pose.hipRotationR; }, -45, 45,
           "right hip rotation in degrees (+ internal, - external)", angle, kPoseSection);
  addFloat("pose.lumbar_flexion", [](Settings& s) -> float& { return s.pose.lumbarFlexion; }, -30, 60,
           "low back flexion in degrees (+ bending forward), shared over L1-L5", angle, kPoseSection);
  addEnum("render.background",
          {[](const Settings& s) { return static_cast<int>(s.render.background); },
           [](Settings& s, int v) { s.render.background = static_cast<Background>(v); }},
          choicesOf<Background>(),
          "backdrop behind the model; transparent makes --output PNGs see-through around it (black in the window and in clips)",
          kPreference, kLookSection);
  addBool("render.wireframe", [](Settings& s) -> bool& { return s.render.wireframe; },
          "draw triangle edges over the surfaces", kView, kLookSection);
  addBool("render.xray", [](Settings& s) -> bool& { return s.render.xray; },
          "X-ray: ghost the muscles so the highlighted ones, bones and nerves show through", kView, kLookSection);
  addFloat("render.peel", [](Settings& s) -> float& { return s.render.peel; }, 0, 1,
           "peel the muscle layers away from the outside in (0: none, 1: down to the bones)", kView | kEases, kLookSection);
  addFloat("render.light", [](Settings& s) -> float& { return s.render.lightIntensity; }, 0.2f, 2,
           "brightness of the key light", kPreference, kLookSection);
  addBool("ui.panel", [](Settings& s) -> bool& { return s.ui.panel; }, "show the side panel in the window", kPreference, "");
  addLayerOptions(r, std::make_index_sequence<kLayerCount>());
  addText("select", OptionKind::Text, [](Settings& s) -> std::string& { return s.select; },
          "structure to select and highlight, e.g. piriformis_r (empty: none)", kView, "");
  addText("hidden", OptionKind::Text, [](Settings& s) -> std::string& { return s.hidden; },
          "structures to hide, comma-separated; gluteus_maximus means both sides", kView, "");
  addText("isolate", OptionKind::Text, [](Settings& s) -> std::string& { return s.isolate; },
          "show only this structure (both sides without _l/_r); empty shows all", kView | kCamera | kReframes, "");
  addBool("labels", [](Settings& s) -> bool& { return s.labels; },
          "name the selected and highlighted structures in the view, with leader lines", kPreference, kViewSection);
  addBool("highlight.deep", [](Settings& s) -> bool& { return s.highlightDeep; },
          "highlight the deep muscles under the gluteals (deep rotators, gluteus medius and minimus)", kView, kHighlightSection);
  addEnum("names",
          {[](const Settings& s) { return static_cast<int>(s.names); },
           [](Settings& s, int v) { s.names = static_cast<NameMode>(v); }},
          choicesOf<NameMode>(), "how structures are named: clinical, lay (plain words) or both", kPreference, kViewSection);
  addEnum("record.size",
          {[](const Settings& s) { return s.record.size; }, [](Settings& s, int v) { s.record.size = v; }},
          clipSizeNames(), "size of clips recorded from the window (16:9, 9:16 for phones, 1:1)", kPreference, kRecordSection);
  addEnum("record.fps",
          {[](const Settings& s) { return s.record.fps; }, [](Settings& s, int v) { s.record.fps = v; }},
          clipFpsNames(), "frames per second of clips recorded from the window", kPreference, kRecordSection);
  addBool("record.panel", [](Settings& s) -> bool& { return s.record.panel; },
          "clips recorded from the window show the side panel beside the 3D view (a walkthrough of the app)", kPreference,
          kRecordSection);
  addText("record.logo", OptionKind::Path, [](Settings& s) -> std::string& { return s.record.logo; },
          "PNG image (your clinic's logo) drawn in the top-right corner of clips and screenshots", kPreference, kRecordSection);
  addText("record.watermark", OptionKind::Words, [](Settings& s) -> std::string& { return s.record.watermark; },
          "text drawn small in the top-right corner of clips and screenshots, e.g. your clinic's name", kPreference,
          kRecordSection);
  std::vector<std::string> presetNames;
  for (const Preset& p : presets()) presetNames.emplace_back(p.name);
  addEnum("preset",
          {[](const Settings& s) { return s.preset; },
           [](Settings& s, int v) {
             s.preset = v;
             for (std::string_view assignment : presets()[static_cast<std::size_t>(v)].assignments)
               OptionRegistry::instance().apply(s, assignment, "preset " + std::string(presets()[static_cast<std::size_t>(v)].name));
           }},
          presetNames,
          "apply a named set of options: standing, sitting, bending_to_lift, lying_on_back, lying_on_side, walking, under_glutes, "
          "sciatic_nerve",
          0, "");
  r.add({"tension.<muscle>", OptionKind::FloatMap,
         "tension 0..1 of a muscle (tension.piriformis_r), both sides (tension.psoas_major) or a group: hip_rotators, "
         "hip_flexors, hamstrings, glutes, quadriceps, adductors, low_back",
         static_cast<std::map<std::string, float>& (*)(Settings&)>([](Settings& s) -> std::map<std::string, float>& { return s.tension; }),
         0, 1, {}, {}, kView | kEases, ""});
  std::vector<std::string> scenarioNames;
  for (const Scenario& sc : scenarios()) scenarioNames.emplace_back(sc.preset.name);
  addEnum("scenario",
          {[](const Settings& s) { return s.scenario; },
           [](Settings& s, int v) {
             s.scenario = v;
             const Preset& p = scenarios()[static_cast<std::size_t>(v)].preset;
             if (v != 0)
               for (std::string_view assignment : scenarioReset()) OptionRegistry::instance().apply(s, assignment, "scenario reset");
             for (std::string_view assignment : p.assignments) OptionRegistry::instance().apply(s, assignment, "scenario " + std::string(p.name));
           }},
          scenarioNames, "one of the article's scenarios: tight_hips, iliopsoas, piriformis, both, release", 0, "");
  addFloat("time", [](Settings& s) -> float& { return s.time; }, 0, 86400,
           "animation time in seconds (headless frames; the window uses the clock)", 0, "");
  addFloat("ui.scale", [](Settings& s) -> float& { return s.ui.scale; }, 0.5f, 3, "panel text size, times the monitor's scale",
           kPreference, "");
  return r;
}

bool parseBool(std::string_view v, bool& out) {
  if (v == "true" || v == "1" || v == "on" || v == "yes") return out = true, true;
  if (v == "false" || v == "0" || v == "off" || v == "no") return out = false, true;
  return false;
}

bool parseFloat(std::string_view v, float& out) {
  if (v.empty()) return false;
  const char* end = v.data() + v.size();
  auto [ptr, ec] = std::from_chars(v.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

}  // namespace

const OptionRegistry& OptionRegistry::instance() {
  static const OptionRegistry registry = buildRegistry();
  return registry;
}

void OptionRegistry::add(OptionSpec spec) {
  static const Settings defaults{};
  spec.defaultValue = formatValue(spec, defaults);
  specs_.push_back(std::move(spec));
}

const OptionSpec* OptionRegistry::find(std::string_view key) const {
  for (const auto& s : specs_) {
    if (s.key == key) return &s;
    // "tension.<muscle>" stands for every "tension.something".
    if (s.kind == OptionKind::FloatMap) {
      const std::string_view prefix = std::string_view(s.key).substr(0, s.key.find('<'));
      if (key.size() > prefix.size() && key.substr(0, prefix.size()) == prefix) return &s;
    }
  }
  return nullptr;
}

std::vector<std::string> OptionRegistry::keys() const {
  std::vector<std::string> k;
  for (const auto& s : specs_) k.push_back(s.key);
  return k;
}

void OptionRegistry::set(Settings& settings, std::string_view key, std::string_view value,
                         std::string_view origin) const {
  const OptionSpec* spec = find(key);
  const std::string where(origin);
  if (!spec) {
    const auto all = keys();
    throw UserError(where + ": unknown option \"" + std::string(key) + "\"" +
                    suggestionSuffix(key, all) + "; --list-options shows them all");
  }
  const std::string bad = where + ": " + spec->key + "=" + std::string(value) + ": ";
  switch (spec->kind) {
    case OptionKind::Bool: {
      bool b;
      if (!parseBool(value, b)) throw UserError(bad + "expected true or false");
      std::get<bool& (*)(Settings&)>(spec->field)(settings) = b;
      break;
    }
    case OptionKind::Float: {
      float f;
      if (!parseFloat(value, f)) throw UserError(bad + "expected a number");
      if (f < spec->min || f > spec->max)
        throw UserError(bad + "out of range " + formatFloat(spec->min) + ".." +
                        formatFloat(spec->max));
      std::get<float& (*)(Settings&)>(spec->field)(settings) = f;
      break;
    }
    case OptionKind::FloatMap: {
      const std::string_view name = key.substr(spec->key.find('<'));
      for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
          throw UserError(where + ": " + std::string(key) + ": only letters, digits and '_' after \"tension.\"");
      float f;
      if (!parseFloat(value, f)) throw UserError(where + ": " + std::string(key) + "=" + std::string(value) + ": expected a number");
      if (f < 0 || f > 1) throw UserError(where + ": " + std::string(key) + "=" + std::string(value) + ": out of range 0..1");
      std::get<std::map<std::string, float>& (*)(Settings&)>(spec->field)(settings)[std::string(name)] = f;
      break;
    }
    case OptionKind::Text: {
      for (char c : value)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ','))
          throw UserError(bad + "only letters, digits, '_' and ',' are allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Words: {
      if (value.size() > 80) throw UserError(bad + "at most 80 characters");
      for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) throw UserError(bad + "control characters are not allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Path: {
      if (value.size() > 4096) throw UserError(bad + "at most 4096 characters");
      for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) throw UserError(bad + "control characters are not allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Enum: {
      auto it = std::find(spec->choices.begin(), spec->choices.end(), value);
      if (it == spec->choices.end())
        throw UserError(bad + "unknown value" + suggestionSuffix(value, spec->choices));
      std::get<EnumField>(spec->field).set(settings, static_cast<int>(it - spec->choices.begin()));
      break;
    }
  }
}

void OptionRegistry::apply(Settings& settings, std::string_view assignment,
                           std::string_view origin) const {
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw UserError(std::string(origin) + ": \"" + std::string(assignment) +
                    "\" is not key=value (e.g. view=posterior)");
  set(settings, assignment.substr(0, eq), assignment.substr(eq + 1), origin);
}

std::string OptionRegistry::get(const Settings& settings, std::string_view key) const {
  const OptionSpec* spec = find(key);
  if (!spec) throw UserError("unknown option \"" + std::string(key) + "\"");
  return formatValue(*spec, settings);
}

std::string OptionRegistry::describe() const {
  std::size_t keyWidth = 0, typeWidth = 0, defaultWidth = 0;
  for (const auto& s : specs_) {
    keyWidth = std::max(keyWidth, s.key.size());
    typeWidth = std::max(typeWidth, kindName(s).size());
    defaultWidth = std::max(defaultWidth, s.defaultValue.size());
  }
  std::ostringstream out;
  for (const auto& s : specs_) {
    std::string type = kindName(s);
    out << s.key << std::string(keyWidth - s.key.size() + 2, ' ') << type
        << std::string(typeWidth - type.size() + 2, ' ') << "default " << s.defaultValue
        << std::string(defaultWidth - s.defaultValue.size() + 2, ' ') << s.help << '\n';
  }
  return out.str();
}

bool sameValue(const OptionSpec& spec, const Settings& a, const Settings& b) {
  Settings& x = const_cast<Settings&>(a);  // field accessors are shared by get and set; nothing is written
  Settings& y = const_cast<Settings&>(b);
  switch (spec.kind) {
    case OptionKind::Bool: return std::get<bool& (*)(Settings&)>(spec.field)(x) == std::get<bool& (*)(Settings&)>(spec.field)(y);
    case OptionKind::Float: return std::get<float& (*)(Settings&)>(spec.field)(x) == std::get<float& (*)(Settings&)>(spec.field)(y);
    case OptionKind::Enum: return std::get<EnumField>(spec.field).get(a) == std::get<EnumField>(spec.field).get(b);
    case OptionKind::Text:
    case OptionKind::Path:
    case OptionKind::Words: return std::get<TextRef>(spec.field)(x) == std::get<TextRef>(spec.field)(y);
    case OptionKind::FloatMap: {
      using MapRef = std::map<std::string, float>& (*)(Settings&);
      return std::get<MapRef>(spec.field)(x) == std::get<MapRef>(spec.field)(y);
    }
  }
  return true;
}

std::string formatValue(const OptionSpec& spec, const Settings& settings) {
  Settings& s = const_cast<Settings&>(settings);  // field accessors are shared by get and set
  switch (spec.kind) {
    case OptionKind::Bool: return std::get<bool& (*)(Settings&)>(spec.field)(s) ? "true" : "false";
    case OptionKind::Float: return formatFloat(std::get<float& (*)(Settings&)>(spec.field)(s));
    case OptionKind::Enum: return spec.choices.at(std::get<EnumField>(spec.field).get(settings));
    case OptionKind::Text:
    case OptionKind::Path:
    case OptionKind::Words: return std::get<std::string& (*)(Settings&)>(spec.field)(s);
    case OptionKind::FloatMap: {
      std::string out;
      for (const auto& [name, v] : std::get<std::map<std::string, float>& (*)(Settings&)>(spec.field)(s))
        out += (out.empty() ? "" : ",") + name + "=" + formatFloat(v);
      return out;
    }
  }
  return "";
}

}  // namespace hipscope
