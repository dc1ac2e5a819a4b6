// Timeline -> storyboard JSON.
#include "view/TimelineStoryboard.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "options/OptionRegistry.hpp"

namespace hipscope {
namespace {

using Assignments = std::map<std::string, std::string>;

// What is shown in `settings` (and its scenario), as key -> value text.
Assignments assignmentsOf(const Settings& settings) {
  Assignments out;
  out["scenario"] = OptionRegistry::instance().get(settings, "scenario");  // its caption comes with it
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    const bool branding = spec.key == "record.watermark" || spec.key == "record.logo";
    if (!spec.has(role::kView) && !branding) continue;
    const std::string value = formatValue(spec, settings);
    if (spec.kind != OptionKind::FloatMap) {
      out[spec.key] = value;
      continue;
    }
    const std::string family = spec.key.substr(0, spec.key.find('.') + 1);  // "tension."
    for (std::size_t start = 0; start < value.size();) {
      const std::size_t end = std::min(value.find(',', start), value.size());
      const std::string entry = value.substr(start, end - start);
      const std::size_t eq = entry.find('=');
      if (eq != std::string::npos) out[family + entry.substr(0, eq)] = entry.substr(eq + 1);
      start = end + 1;
    }
  }
  return out;
}

// The settings at `t` with the camera turned into camera keys.
Assignments assignmentsAt(const Timeline& timeline, const ViewScene& scene, float aspect, double t) {
  const TimelineSample sample = timeline.at(t);
  Settings settings = sample.shown;
  const OrbitCamera lens = scene.cameraFor(settings, aspect);
  settings.camera = orbitSettingsFor(sample.pose, scene.framing(settings), lens, settings.camera);
  return assignmentsOf(settings);
}

// What a step that sets `scenario` starts from when its storyboard is read, so the step says only
// what differs from that: a scenario starts from the defaults of what is shown; "none" leaves what
// was shown (`before`) with the muscles relaxed.
Assignments scenarioBase(const std::string& scenario, const Assignments& before) {
  if (scenario == "none") {
    Assignments relaxed;
    for (const auto& [key, value] : before)
      if (key.rfind("tension.", 0) != 0) relaxed[key] = value;
    relaxed["scenario"] = scenario;
    return relaxed;
  }
  Settings settings;
  OptionRegistry::instance().set(settings, "scenario", scenario, "recorded session");
  return assignmentsOf(settings);
}

// A value for JSON: numbers and booleans as such, the rest as text.
nlohmann::json jsonValue(const std::string& text) {
  if (text == "true" || text == "false") return text == "true";
  char* end = nullptr;
  const double number = std::strtod(text.c_str(), &end);
  if (!text.empty() && end == text.c_str() + text.size() && std::isfinite(number)) return number;
  return text;
}

// What changed from `before` to `after`; an entry that went (a tension let go) is set to 0.
nlohmann::json changes(const Assignments& before, const Assignments& after) {
  nlohmann::json set = nlohmann::json::object();
  for (const auto& [key, value] : after) {
    const auto it = before.find(key);
    if (it == before.end() || it->second != value) set[key] = jsonValue(value);
  }
  for (const auto& [key, value] : before)
    if (!after.count(key)) set[key] = 0;
  return set;
}

}  // namespace

std::string timelineStoryboard(const Timeline& timeline, const ViewScene& scene, const ClipShape& clip,
                               double stepSeconds) {
  nlohmann::json doc;
  doc["name"] = "recorded session";
  doc["fps"] = clip.fps;
  doc["size"] = std::to_string(clip.width) + "x" + std::to_string(clip.height);
  const float aspect = static_cast<float>(clip.width) / static_cast<float>(clip.height);
  const double first = 1.0 / clip.fps;  // the moment recording started, held for a frame
  Assignments shown = assignmentsAt(timeline, scene, aspect, 0.0);
  nlohmann::json steps = nlohmann::json::array();
  nlohmann::json opening = changes(scenarioBase(shown.at("scenario"), assignmentsOf(Settings{})), shown);
  opening["scenario"] = shown.at("scenario");
  steps.push_back({{"duration", first}, {"transition", 0}, {"set", std::move(opening)}});
  const double duration = timeline.duration();
  constexpr double kLongestStep = 600.0;  // what a storyboard allows
  for (double start = 0; start < duration - 1e-6; start += stepSeconds) {
    const double end = std::min(start + stepSeconds, duration), length = end - start;
    Assignments next = assignmentsAt(timeline, scene, aspect, end);
    const bool newScenario = next.at("scenario") != shown.at("scenario");
    nlohmann::json set = changes(newScenario ? scenarioBase(next.at("scenario"), shown) : shown, next);
    if (newScenario) set["scenario"] = next.at("scenario");
    nlohmann::json& last = steps.back();
    if (set.empty() && last["duration"].get<double>() + length <= kLongestStep) {
      last["duration"] = last["duration"].get<double>() + length;  // nothing moved: the step before, held longer
      continue;
    }
    steps.push_back({{"duration", length}, {"transition", length}, {"set", std::move(set)}});
    shown = std::move(next);
  }
  doc["steps"] = std::move(steps);
  return doc.dump(2) + "\n";
}

}  // namespace hipscope
