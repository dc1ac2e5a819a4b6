// Storyboard JSON parsing with errors that name the file, the line and the closest valid name.
#include "recording/Storyboard.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/TextFile.hpp"
#include "options/OptionRegistry.hpp"

namespace hipscope {
namespace {

// Line of the first `"needle"` at or after `from` (JSON carries no positions once parsed).
int lineOfKey(const std::string& text, const std::string& needle, std::size_t& from) {
  const std::size_t at = text.find("\"" + needle + "\"", from);
  if (at == std::string::npos) return lineOf(text, from);
  from = at + needle.size();
  return lineOf(text, at);
}

std::string asText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) {
    std::ostringstream s;
    s << v.get<double>();
    return s.str();
  }
  return v.dump();
}

}  // namespace

float Storyboard::duration() const {
  float total = 0;
  for (const auto& s : steps) total += s.duration;
  return total;
}

Storyboard parseStoryboard(const std::string& text, const std::string& fileName, const Settings& base,
                           const std::filesystem::path& folder) {
  const nlohmann::json doc = parseUserJson(text, fileName);
  std::size_t cursor = 0;
  auto fail = [&](const std::string& key, const std::string& what) {
    throw UserError(fileName + " line " + std::to_string(lineOfKey(text, key, cursor)) + ": " + what);
  };
  if (!doc.is_object()) throw UserError(fileName + " line 1: expected an object with \"steps\"");
  static const std::vector<std::string> topKeys{"fps", "size", "steps", "name"};
  for (const auto& [key, value] : doc.items())
    if (!std::count(topKeys.begin(), topKeys.end(), key))
      fail(key, "unknown key \"" + key + "\"" + suggestionSuffix(key, topKeys));
  Storyboard board;
  if (doc.contains("name") && !doc["name"].is_string())
    fail("name", "\"name\": expected text in quotes");  // found by fuzzing
  board.name = doc.value("name", std::string("storyboard"));
  if (doc.contains("fps")) {
    if (!doc["fps"].is_number_integer() || (doc["fps"] != 24 && doc["fps"] != 30 && doc["fps"] != 60))
      fail("fps", "\"fps\" must be 24, 30 or 60");
    board.fps = doc["fps"].get<int>();
  }
  if (doc.contains("size")) {
    const std::string size = asText(doc["size"]);
    const auto x = size.find('x');
    try {
      board.width = std::stoi(size.substr(0, x));
      board.height = std::stoi(size.substr(x + 1));
    } catch (...) {
      fail("size", "\"size\" must be WIDTHxHEIGHT, e.g. 1280x720");
    }
    if (x == std::string::npos || board.width < 16 || board.height < 16 || board.width > 3840 || board.height > 3840)
      fail("size", "\"size\" must be WIDTHxHEIGHT between 16 and 3840 pixels");
  }
  if (!doc.contains("steps") || !doc["steps"].is_array() || doc["steps"].empty())
    fail("steps", "needs a non-empty \"steps\" array");
  static const std::vector<std::string> stepKeys{"duration", "transition", "set", "title", "subtitle"};
  Settings settings = base;
  const auto& registry = OptionRegistry::instance();
  for (std::size_t i = 0; i < doc["steps"].size(); ++i) {
    const auto& s = doc["steps"][i];
    const std::string where = "steps[" + std::to_string(i) + "]";
    if (!s.is_object()) fail("steps", where + ": expected an object");
    for (const auto& [key, value] : s.items())
      if (!std::count(stepKeys.begin(), stepKeys.end(), key))
        fail(key, where + ": unknown key \"" + key + "\"" + suggestionSuffix(key, stepKeys));
    StoryStep step;
    if (s.contains("duration")) {
      if (!s["duration"].is_number() || s["duration"].get<double>() <= 0 || s["duration"].get<double>() > 600)
        fail("duration", where + ".duration: seconds, more than 0 and at most 600");
      step.duration = s["duration"].get<float>();
    }
    if (s.contains("transition")) {
      if (!s["transition"].is_number() || s["transition"].get<double>() < 0)
        fail("transition", where + ".transition: seconds, 0 or more");
      step.transition = std::min(s["transition"].get<float>(), step.duration);
    }
    for (const char* text : {"title", "subtitle"})  // a number here threw from the JSON library (found by fuzzing)
      if (s.contains(text) && !s[text].is_string()) fail(text, where + "." + text + ": expected text in quotes");
    step.title = s.value("title", std::string());
    step.subtitle = s.value("subtitle", std::string());
    if (s.contains("set")) {
      if (!s["set"].is_object()) fail("set", where + ".set: expected an object of option: value");
      // A preset, scenario or stretch is the base the step's other options change: applied first, since
      // it starts from the defaults of what is shown (JSON objects keep no order).
      constexpr std::array<const char*, 4> kBases{"preset", "scenario", "stretch.side", "stretch"};
      std::vector<std::pair<std::string, const nlohmann::json*>> ordered;
      for (const char* base : kBases)
        if (s["set"].contains(base)) ordered.emplace_back(base, &s["set"][base]);
      for (const auto& [key, value] : s["set"].items())
        if (std::find(kBases.begin(), kBases.end(), key) == kBases.end()) ordered.emplace_back(key, &value);
      for (const auto& [key, json] : ordered) {
        const nlohmann::json& value = *json;
        std::string text = asText(value);
        // A file named in a storyboard (a logo) is found beside the storyboard, wherever it is run from.
        const OptionSpec* spec = registry.find(key);
        if (spec && spec->kind == OptionKind::Path && !text.empty() && !folder.empty() &&
            std::filesystem::path(text).is_relative())
          text = (folder / text).lexically_normal().string();
        try {
          registry.set(settings, key, text, "set");
        } catch (const UserError& e) {
          std::string message = e.what();
          if (message.rfind("set: ", 0) == 0) message = message.substr(5);
          fail(key, where + ".set: " + message);
        }
        step.assignments.emplace_back(key, text);
      }
    }
    step.settings = settings;
    board.steps.push_back(std::move(step));
  }
  return board;
}

Storyboard loadStoryboard(const std::filesystem::path& path, const Settings& base) {
  return parseStoryboard(readUserTextFile(path, "storyboard"), path.filename().string(), base, path.parent_path());
}

}  // namespace hipscope
