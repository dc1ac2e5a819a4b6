#include "options/UserPresets.hpp"

#include <algorithm>
#include <cctype>

#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/TextFile.hpp"
#include "base/UserConfig.hpp"
#include "options/OptionRegistry.hpp"

namespace hipscope {
namespace fs = std::filesystem;
namespace {

bool sameName(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

// The line of the first `"text"` at or after `from`, which then moves past it (JSON keeps no
// positions once parsed).
int lineOfString(const std::string& text, const std::string& needle, std::size_t& from) {
  const std::string quoted = nlohmann::json(needle).dump();
  const std::size_t at = text.find(quoted, from);
  if (at == std::string::npos) return lineOf(text, from);
  from = at + quoted.size();
  return lineOf(text, at);
}

}  // namespace

bool isViewOption(const std::string& key) {
  const OptionSpec* spec = OptionRegistry::instance().find(key);
  return spec && spec->has(role::kView);
}

std::vector<std::string> captureView(const Settings& settings) {
  const Settings defaults;
  std::vector<std::string> out;
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (!spec.has(role::kView)) continue;
    const std::string value = formatValue(spec, settings);
    if (value == formatValue(spec, defaults)) continue;
    if (spec.kind != OptionKind::FloatMap) {
      out.push_back(spec.key + "=" + value);
      continue;
    }
    const std::string family = spec.key.substr(0, spec.key.find('.') + 1);  // "tension."
    for (std::size_t start = 0; start < value.size();) {
      const std::size_t end = std::min(value.find(',', start), value.size());
      out.push_back(family + value.substr(start, end - start));
      start = end + 1;
    }
  }
  return out;
}

void applyUserPreset(Settings& settings, const UserPreset& preset) {
  const OptionRegistry& registry = OptionRegistry::instance();
  registry.resetToDefaults(settings, role::kView);
  settings.preset = 0;  // the view is neither a built-in preset nor a scenario any more
  settings.scenario = 0;
  settings.stretch = 0;
  for (const std::string& assignment : preset.assignments)
    registry.apply(settings, assignment, "view \"" + preset.name + "\"");
}

std::string checkPresetName(const std::string& name) {
  if (name.find_first_not_of(" \t") == std::string::npos) return "give the view a name first";
  if (name.size() > kMaxPresetName) return "a view's name is at most " + std::to_string(kMaxPresetName) + " characters";
  if (std::any_of(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
    return "a view's name cannot hold a tab, line break or other control character";
  return "";
}

bool putUserPreset(UserPresets& presets, UserPreset preset) {
  for (UserPreset& p : presets.presets)
    if (sameName(p.name, preset.name)) return p = std::move(preset), true;
  if (presets.presets.size() >= kMaxUserPresets) return false;
  presets.presets.push_back(std::move(preset));
  return true;
}

UserPresets parseUserPresets(const std::string& text, const std::string& fileName) {
  const nlohmann::json doc = parseUserJson(text, fileName);
  const std::string example =
      "{\"version\": 1, \"presets\": [{\"name\": \"Sciatica\", \"set\": [\"view=posterior\"]}]}";
  if (!doc.is_object()) throw UserError(fileName + " line 1: expected " + example);
  static const std::vector<std::string> topKeys{"version", "presets"};
  std::size_t cursor = 0;
  for (const auto& item : doc.items())
    if (std::find(topKeys.begin(), topKeys.end(), item.key()) == topKeys.end())
      throw UserError(fileName + " line " + std::to_string(lineOfString(text, item.key(), cursor)) +
                      ": unknown key \"" + item.key() + "\"" + suggestionSuffix(item.key(), topKeys));
  if (!doc.contains("version") || doc["version"] != 1) throw UserError(fileName + " line 1: expected \"version\": 1");
  if (!doc.contains("presets") || !doc["presets"].is_array())
    throw UserError(fileName + " line 1: expected \"presets\": [...]");
  UserPresets out;
  cursor = text.find("\"presets\"");
  int index = 0;
  for (const nlohmann::json& entry : doc["presets"]) {
    cursor = text.find('{', cursor + 1);  // the line of this entry: the next '{'
    const int line = lineOf(text, cursor);
    const std::string where = fileName + " line " + std::to_string(line) + ": presets[" + std::to_string(index++) + "]";
    static const std::vector<std::string> keys{"name", "set"};
    if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() || !entry.contains("set") ||
        !entry["set"].is_array())
      throw UserError(where + ": expected {\"name\": \"...\", \"set\": [\"key=value\", ...]}");
    for (const auto& item : entry.items())
      if (std::find(keys.begin(), keys.end(), item.key()) == keys.end())
        throw UserError(where + ": unknown key \"" + item.key() + "\"" + suggestionSuffix(item.key(), keys));
    UserPreset preset;
    preset.name = entry["name"].get<std::string>();
    if (const std::string why = checkPresetName(preset.name); !why.empty()) throw UserError(where + ".name: " + why);
    for (const UserPreset& earlier : out.presets)
      if (sameName(earlier.name, preset.name)) throw UserError(where + ".name: \"" + preset.name + "\" is saved twice");
    // One preset that no longer fits (an option renamed) is kept as written and marked, so it is
    // neither applied half-way nor lost when the file is written again.
    // The search for this entry's texts moves past its name and each assignment, so a '{' inside
    // them is not taken for the next entry.
    std::size_t at = cursor;
    lineOfString(text, preset.name, at);
    Settings scratch;
    for (const nlohmann::json& assignment : entry["set"]) {
      if (!assignment.is_string()) throw UserError(where + ".set: expected text like \"camera.zoom=1.5\"");
      preset.assignments.push_back(assignment.get<std::string>());
      const int assignmentLine = lineOfString(text, preset.assignments.back(), at);
      if (!preset.problem.empty()) continue;
      const std::string origin = fileName + " line " + std::to_string(assignmentLine);
      try {
        OptionRegistry::instance().apply(scratch, preset.assignments.back(), origin);
      } catch (const UserError& e) {
        preset.problem = e.what();
      }
    }
    out.presets.push_back(std::move(preset));
    cursor = std::max(cursor, at);
  }
  return out;
}

std::string formatUserPresets(const UserPresets& presets) {
  nlohmann::json list = nlohmann::json::array();
  for (const UserPreset& p : presets.presets) list.push_back({{"name", p.name}, {"set", p.assignments}});
  // One preset a line block, one assignment a line: easy to read and to edit by hand.
  std::string out = "{\n \"version\": 1,\n \"presets\": [";
  for (std::size_t i = 0; i < list.size(); ++i) {
    out += (i ? ",\n  " : "\n  ") + std::string("{\"name\": ") + list[i]["name"].dump() + ", \"set\": [";
    for (std::size_t k = 0; k < list[i]["set"].size(); ++k)
      out += (k ? ",\n    " : "\n    ") + list[i]["set"][k].dump();
    out += "]}";
  }
  return out + "\n ]\n}\n";
}

UserPresets loadUserPresets(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return {};
  try {
    return parseUserPresets(readUserTextFile(file, "saved views"), file.string());
  } catch (const UserError& e) {
    UserPresets damaged;
    damaged.problem = e.what();
    return damaged;
  }
}

void saveUserPresets(const fs::path& file, const UserPresets& presets) {
  if (!presets.problem.empty())
    throw UserError("not saved: " + presets.problem + "; fix " + file.string() +
                    " or move it away, so nothing in it is lost");
  writeFileAtomically(file, formatUserPresets(presets));
}

}  // namespace hipscope
