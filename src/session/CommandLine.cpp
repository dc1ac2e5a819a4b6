// CLI11 set-up and validation of every flag.
#include "session/CommandLine.hpp"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "options/OptionRegistry.hpp"

namespace hipscope {

void parseSize(const std::string& text, int& width, int& height) {
  const auto x = text.find('x');
  auto number = [](std::string_view s, int& v) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
  };
  int w = 0, h = 0;
  if (x == std::string::npos || !number(std::string_view(text).substr(0, x), w) ||
      !number(std::string_view(text).substr(x + 1), h))
    throw UserError("--size " + text + ": expected WIDTHxHEIGHT, e.g. 1280x720");
  if (w < 16 || h < 16 || w > 8192 || h > 8192)
    throw UserError("--size " + text + ": each side must be between 16 and 8192 pixels");
  width = w;
  height = h;
}

namespace {

// CLI11's messages in Hipscope's words, with the closest flag to a misspelt one.
std::string explainParseError(const CLI::App& app, std::string message) {
  std::vector<std::string> flags;
  for (const CLI::Option* option : app.get_options())
    for (const std::string& name : option->get_lnames()) flags.push_back("--" + name);
  const std::string one = "The following argument was not expected: ",
                    many = "The following arguments were not expected: ";
  if (message.rfind(one, 0) == 0) {
    const std::string flag = message.substr(one.size());
    const std::string closest = closestMatch(flag, flags);
    return "unknown flag " + flag + (closest.empty() ? "" : " (did you mean " + closest + "?)") +
           "; --help lists the flags";
  }
  if (message.rfind(many, 0) == 0) return "unknown flags " + message.substr(many.size()) + "; --help lists the flags";
  // "--output: 1 required TEXT missing"
  if (const auto colon = message.find(": 1 required "); colon != std::string::npos && message.ends_with(" missing"))
    return message.substr(0, colon) + " needs a value after it (--help says what it takes)";
  // "--frames: Value 0 not in range 1 to 100000"
  if (const auto at = message.find(": Value "); at != std::string::npos) message.replace(at, 8, ": value ");
  return message;
}

// A file name must end in `extension` (any case): Hipscope writes that format whatever the name says.
void requireExtension(const char* flag, const std::string& file, const std::string& extension, const char* what) {
  std::string ext = std::filesystem::path(file).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != extension)
    throw UserError(std::string(flag) + " " + file + ": Hipscope writes " + what + "; name the file " +
                    std::filesystem::path(file).stem().string() + extension);
}

}  // namespace

ParseOutcome parseCommandLine(int argc, char** argv, CommandLine& out) {
  CLI::App app{"Hipscope: 3D pelvis and hip anatomy for explaining low back pain and sciatica.", "hipscope"};
  app.set_version_flag("--version", std::string("hipscope 0.1.0"));
  std::string model, output, size, view, handout;
  std::vector<std::string> sets;
  auto* modelFlag = app.add_option("--model", model, "model file to open (OBJ, glTF/GLB, FBX, STL, PLY, DAE)");
  app.add_option("file", model, "model file to open, as with --model")->excludes(modelFlag);
  app.add_option("--output", output, "render one frame to this PNG and exit (no window)");
  app.add_option("--size", size,
                 "frame size for --output, --bench and clips (--record), WIDTHxHEIGHT (default 1280x720; clips: the "
                 "storyboard's or record.size)");
  app.add_option("--view", view, "anterior, posterior, left, right, superior or inferior");
  app.add_option("--set", sets, "set an option, key=value (repeatable); see --list-options");
  app.add_flag("--ui", out.ui, "draw the side panel into the --output frame");
  app.add_option("--handout", handout,
                 "write a one-page PDF for the patient (pictures of what is shown, the explanation, the structures "
                 "involved) and exit");
  std::string storyboard, record;
  app.add_option("--storyboard", storyboard,
                 "storyboard JSON: with --record, render it to a clip headlessly; alone, play it in the window (P "
                 "plays it again)");
  app.add_option("--record", record,
                 "with --storyboard: write it as an MP4 clip (H.264) and exit, no window needed; alone: record the "
                 "window's 3D view from the start until it closes");
  std::string fps;
  app.add_option("--fps", fps, "frames per second of the clip: 24, 30 or 60 (default: the storyboard's, else 30)");
  app.add_flag("--report", out.report, "print the mechanical state at the pose (muscle lengths) as JSON and exit");
  app.add_flag("--coverage", out.coverage, "with --output: print the pixels each structure covers, as JSON");
  app.add_flag("--list-options", out.listOptions, "print every option with its type, default and help");
  app.add_flag("--bench", out.bench, "measure start-up and frame times headlessly and print them");
  app.add_option("--frames", out.frames, "frames to render for --bench")->check(CLI::Range(1, 100000));
  app.add_option("--exit-after-frames", out.exitAfterFrames, "close the window after N frames (smoke tests)")
      ->check(CLI::Range(1, 1000000));
  std::string windowShot;
  app.add_option("--window-shot", windowShot, "with --exit-after-frames: save the last window frame, panel included")
      ->needs("--exit-after-frames");
  app.add_option("--frame-seconds", out.frameSeconds,
                 "window tests: each frame moves the clocks (animation, live clip) this many seconds")
      ->check(CLI::Range(0.001, 10.0));
  app.add_option("--drop", out.drops,
                 "window: act as if FILE had been dropped on the window once it is up (scripts and tests)");
  std::string frameLog;
  app.add_option("--frame-log", frameLog,
                 "window: write a line for each frame drawn to FILE, its start and end (microseconds of the system "
                 "clock), the scale its 3D view was drawn at and whether it shows a move of the pointer (benchmarks: a "
                 "drag's first frame)");
  app.add_flag("--gl-strict", out.glStrict, "turn on GL debug output; any GL error fails the run");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e);
    return ParseOutcome::Exit;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e);
    return ParseOutcome::Exit;
  } catch (const CLI::ExcludesError&) {
    throw UserError("give the model file either on its own or with --model, not both");
  } catch (const CLI::ParseError& e) {
    throw UserError(explainParseError(app, e.what()));
  }

  if (!output.empty()) requireExtension("--output", output, ".png", "PNG images");
  if (!windowShot.empty()) requireExtension("--window-shot", windowShot, ".png", "PNG images");
  if (!record.empty()) requireExtension("--record", record, ".mp4", "MP4 video (H.264)");
  if (!handout.empty()) requireExtension("--handout", handout, ".pdf", "PDF documents");
  if (!handout.empty()) out.handout = handout;
  if (!model.empty()) out.model = model;
  if (!output.empty()) out.output = output;
  if (!windowShot.empty()) out.windowShot = windowShot;
  if (!frameLog.empty()) out.frameLog = frameLog;
  if (out.coverage && output.empty()) throw UserError("--coverage needs --output FILE (it reports on that frame)");
  if (!size.empty()) parseSize(size, out.width, out.height), out.sizeGiven = true;
  if (!storyboard.empty()) out.storyboard = storyboard;
  if (!record.empty()) out.record = record;
  if (!fps.empty()) {
    if (fps != "24" && fps != "30" && fps != "60") throw UserError("--fps " + fps + ": must be 24, 30 or 60");
    out.fps = std::stoi(fps);
  }
  const auto& registry = OptionRegistry::instance();
  if (!view.empty()) registry.set(out.settings, "view", view, "--view");
  for (const auto& s : sets) registry.apply(out.settings, s, "--set");
  if (std::getenv("HIPSCOPE_GL_STRICT")) out.glStrict = true;
  return ParseOutcome::Run;
}

}  // namespace hipscope
