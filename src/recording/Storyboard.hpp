// Storyboards: a JSON file of timed steps (options to set, a caption, a duration and a transition)
// that --record renders into a clip.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "options/Settings.hpp"

namespace hipscope {

struct StoryStep {
  float duration = 3.0f;                                         // seconds on screen
  float transition = 1.0f;                                       // seconds easing in from the step before
  std::vector<std::pair<std::string, std::string>> assignments;  // option key, value, in file order
  std::string title, subtitle;                                   // caption; empty uses the scenario's
  Settings settings;  // everything in force during the step (filled in by loadStoryboard)
};

struct Storyboard {
  std::string name;
  int fps = 30;
  int width = 1280, height = 720;
  std::vector<StoryStep> steps;
  float duration() const;
};

// Parses and validates against `base` (the command line's settings): every option key and value is
// checked now, so a mistake is reported with its line before anything is rendered.
Storyboard loadStoryboard(const std::filesystem::path& path, const Settings& base);
// `folder`: where relative file names in it (record.logo) are looked for; empty: as given.
Storyboard parseStoryboard(const std::string& text, const std::string& fileName, const Settings& base,
                           const std::filesystem::path& folder = {});

}  // namespace hipscope
