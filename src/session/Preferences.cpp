#include "session/Preferences.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/Error.hpp"
#include "base/UserConfig.hpp"
#include "options/OptionRegistry.hpp"

namespace hipscope {
namespace fs = std::filesystem;
namespace {

std::string readText(const fs::path& path, bool& exists) {
  std::ifstream in(path, std::ios::binary);
  exists = static_cast<bool>(in);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  return text.str();
}

}  // namespace

bool isPreference(const std::string& key) {
  const OptionSpec* spec = OptionRegistry::instance().find(key);
  return spec && spec->has(role::kPreference);
}

Preferences loadPreferences(const fs::path& folder) {
  Preferences prefs;
  bool exists = false;
  const std::string settings = readText(folder / "settings.json", exists);
  if (exists) {
    const nlohmann::json doc = nlohmann::json::parse(settings, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("options") || !doc["options"].is_object()) {
      prefs.problems.push_back((folder / "settings.json").string() +
                               " is not a settings file; starting from the defaults");
    } else {
      for (const auto& item : doc["options"].items())
        if (item.value().is_string()) prefs.options[item.key()] = item.value().get<std::string>();
    }
  }
  const std::string window = readText(folder / "window.json", exists);
  if (exists) {
    const nlohmann::json doc = nlohmann::json::parse(window, nullptr, false);
    const bool sizes = !doc.is_discarded() && doc.is_object() && doc.contains("width") && doc.contains("height") &&
                       doc["width"].is_number_integer() && doc["height"].is_number_integer();
    const int width = sizes ? doc["width"].get<int>() : 0, height = sizes ? doc["height"].get<int>() : 0;
    if (sizes && width >= 320 && height >= 240 && width <= 16384 && height <= 16384) {
      prefs.windowWidth = width;
      prefs.windowHeight = height;
    } else {
      prefs.problems.push_back((folder / "window.json").string() +
                               " does not hold a window size from 320x240 to 16384x16384; the default size is used");
    }
  }
  prefs.panelLayout = readText(folder / "panel.ini", exists);
  return prefs;
}

void applyPreferences(Preferences& prefs, Settings& settings, const CheckRemembered& check) {
  const OptionRegistry& registry = OptionRegistry::instance();
  const Settings defaults;
  for (auto it = prefs.options.begin(); it != prefs.options.end();) {
    const OptionSpec* spec = registry.find(it->first);
    if (!spec || !isPreference(it->first)) {  // an option since renamed: say so and forget it
      prefs.problems.push_back("settings.json: " + it->first + " is no longer an option; forgotten");
      it = prefs.options.erase(it);
      continue;
    }
    if (formatValue(*spec, settings) == formatValue(*spec, defaults)) {  // the command line did not set it
      try {
        if (const std::string why = check ? check(it->first, it->second) : std::string(); !why.empty())
          throw UserError("settings.json: " + it->first + ": " + why);
        registry.set(settings, it->first, it->second, "settings.json");
      } catch (const UserError& e) {
        prefs.problems.push_back(std::string(e.what()) + "; forgotten");
        it = prefs.options.erase(it);
        continue;
      }
    }
    ++it;
  }
}

void savePreferences(const fs::path& folder, Preferences prefs, const Settings& startup, const Settings& now) {
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (!spec.has(role::kPreference)) continue;
    const std::string value = formatValue(spec, now);
    if (value != formatValue(spec, startup)) prefs.options[spec.key] = value;
  }
  writeFileAtomically(folder / "settings.json", nlohmann::json{{"options", prefs.options}}.dump(1) + "\n");
  if (prefs.windowWidth > 0 && prefs.windowHeight > 0)
    writeFileAtomically(folder / "window.json",
                        nlohmann::json{{"width", prefs.windowWidth}, {"height", prefs.windowHeight}}.dump() + "\n");
  if (!prefs.panelLayout.empty()) writeFileAtomically(folder / "panel.ini", prefs.panelLayout);
}

}  // namespace hipscope
