// Command-line flags of the hipscope binary, parsed with CLI11 into a plain struct.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "options/Settings.hpp"

namespace hipscope {

struct CommandLine {
  std::optional<std::filesystem::path> model;    // default: the built-in model
  std::optional<std::filesystem::path> output;   // headless PNG
  std::optional<std::filesystem::path> handout;  // the patient's handout (PDF)
  int width = 1280, height = 720;
  bool ui = false;                                  // draw the panel into --output frames
  bool coverage = false;                            // with --output: print pixels per structure as JSON
  bool report = false;                              // print the mechanical state (muscle lengths in the pose) as JSON
  std::optional<std::filesystem::path> storyboard;  // with record: render this storyboard
  std::optional<std::filesystem::path> record;      // MP4 to write
  int fps = 0;                                      // 0: the storyboard's
  bool sizeGiven = false;                           // --size was on the command line
  bool listOptions = false;
  bool bench = false;
  int frames = 240;                                 // --bench frame count
  int exitAfterFrames = 0;                          // window smoke test: close after N frames
  std::optional<std::filesystem::path> windowShot;  // with exitAfterFrames: PNG of the last window frame
  double frameSeconds = 0;                          // window tests: each frame steps the clocks this much
  std::vector<std::filesystem::path> drops;         // --drop: files dropped on the window once it is up
  std::optional<std::filesystem::path> frameLog;    // window: each drawn frame's times and view scale (bench)
  bool glStrict = false;                            // GL errors fail the run (tests)
  Settings settings;                                // after --view and every --set
};

enum class ParseOutcome { Run, Exit };

// Parses argv. Prints --help/--version itself and returns Exit; throws UserError for bad input.
ParseOutcome parseCommandLine(int argc, char** argv, CommandLine& out);

// Parses "1280x720"; throws UserError naming the flag.
void parseSize(const std::string& text, int& width, int& height);

}  // namespace hipscope
