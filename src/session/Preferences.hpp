// What the window remembers between runs, under configDirectory() (platform/UserConfig.hpp):
// the preferences changed in the panel (settings.json), the window's size (window.json) and the
// panel's layout (panel.ini, ImGui's own format). Clips, stills and reports never read them, so
// they stay reproducible; the command line wins over a remembered value.
#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "options/Settings.hpp"

namespace hipscope {

// Whether an option is a preference worth remembering (names, labels, look, recording, units...)
// rather than part of what is being shown (scenario, pose, tensions, selection, camera).
bool isPreference(const std::string& key);

struct Preferences {
  std::map<std::string, std::string> options;  // key -> value, as --set takes them
  int windowWidth = 0, windowHeight = 0;       // 0: the default size
  std::string panelLayout;                     // ImGui ini text
  std::vector<std::string> problems;           // what could not be read, one line each
};

Preferences loadPreferences(const std::filesystem::path& folder);

// Why a remembered value no longer fits beyond its option's own checks (a logo file since moved or
// damaged), or "" when it does.
using CheckRemembered = std::function<std::string(const std::string& key, const std::string& value)>;

// Applies remembered options that the command line left at their defaults; a value that no longer
// fits (an option renamed, a range changed, `check` says why) becomes a problem line, never a silent
// default, and is forgotten: taken out of `prefs`, so the next save leaves it out.
void applyPreferences(Preferences& prefs, Settings& settings, const CheckRemembered& check = {});

// Remembers the preferences that differ between `startup` and `now` (changed during this run), on
// top of what was remembered before; writes every file atomically. Throws UserError naming the file.
void savePreferences(const std::filesystem::path& folder, Preferences prefs, const Settings& startup,
                     const Settings& now);

}  // namespace hipscope
