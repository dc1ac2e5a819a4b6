// Views a therapist saves under a name ("Mrs Lee, sciatica"): what is shown (camera, layers, pose,
// tensions, selection, X-ray, peel) as the assignments that differ from the defaults. They are kept
// in presets.json in the config folder (platform/UserConfig.hpp) and every assignment is checked
// through the option registry when the file is read, so a hand-edited or outdated file gives
// "presets.json line 7: unknown option ... (did you mean ...?)", never a silent default.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "options/Settings.hpp"

namespace hipscope {

struct UserPreset {
  std::string name;
  std::vector<std::string> assignments;  // "key=value", as --set takes them, applied in order
  std::string problem;                   // why it cannot be applied (found when read); "" when fine
};

struct UserPresets {
  std::vector<UserPreset> presets;  // in the order they were saved
  // The file as a whole could not be read: it is shown, and the file is never overwritten, so
  // nothing a person wrote there is lost.
  std::string problem;
};

inline constexpr std::size_t kMaxPresetName = 48;
inline constexpr std::size_t kMaxUserPresets = 64;

// Whether an option is part of a saved view (not a preference such as naming or the clip size).
bool isViewOption(const std::string& key);

// The view options of `settings` that differ from the defaults, in registry order.
std::vector<std::string> captureView(const Settings& settings);

// Puts every view option back to its default, then applies the preset's assignments.
void applyUserPreset(Settings& settings, const UserPreset& preset);

// "" when `name` can name a new view, else why not (empty, too long, a control character).
std::string checkPresetName(const std::string& name);

// Adds `preset`, or replaces the one with the same name (any case); false when the list is full.
bool putUserPreset(UserPresets& presets, UserPreset preset);

UserPresets parseUserPresets(const std::string& text, const std::string& fileName);
std::string formatUserPresets(const UserPresets& presets);

// A missing file is an empty list; an unreadable or damaged one sets `problem`.
UserPresets loadUserPresets(const std::filesystem::path& file);
// Writes atomically; throws UserError naming the file (also when it was damaged when read).
void saveUserPresets(const std::filesystem::path& file, const UserPresets& presets);

}  // namespace hipscope
