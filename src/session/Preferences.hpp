// What the window remembers between runs, under configDirectory() (platform/UserConfig.hpp):
// the preferences changed in the panel (settings.json), the window's size (window.json) and the
// panel's layout (panel.ini, ImGui's own format). Clips, stills and reports never read them, so
// they stay reproducible; the command line wins over a remembered value.
#pragma once
#include <filesystem>
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

// Applies remembered options that the command line left at their defaults; a value that no longer
// fits (an option renamed, a range changed) becomes a problem line, never a silent default.
void applyPreferences(Preferences& prefs, Settings& settings);

// Remembers the preferences that differ between `startup` and `now` (changed during this run), on
// top of what was remembered before; writes every file atomically. Throws UserError naming the file.
void savePreferences(const std::filesystem::path& folder, Preferences prefs, const Settings& startup,
                     const Settings& now);

}  // namespace hipscope
