// Command-line parsing: flags become Settings; bad flags become user errors.
#include <gtest/gtest.h>

#include <vector>

#include "base/Error.hpp"
#include "session/CommandLine.hpp"

using namespace hipscope;

namespace {

ParseOutcome parse(std::vector<std::string> args, CommandLine& out) {
  args.insert(args.begin(), "hipscope");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return parseCommandLine(static_cast<int>(argv.size()), argv.data(), out);
}

}  // namespace

TEST(CommandLine, FlagsAndSetsReachTheSettings) {
  CommandLine cmd;
  ASSERT_EQ(parse({"--output", "a.png", "--size", "640x480", "--view", "left", "--set", "camera.zoom=2", "--set",
                   "render.wireframe=true", "--ui"},
                  cmd),
            ParseOutcome::Run);
  EXPECT_EQ(cmd.output->string(), "a.png");
  EXPECT_EQ(cmd.width, 640);
  EXPECT_EQ(cmd.height, 480);
  EXPECT_EQ(cmd.settings.camera.view, ViewPreset::Left);
  EXPECT_FLOAT_EQ(cmd.settings.camera.zoom, 2.0f);
  EXPECT_TRUE(cmd.settings.render.wireframe);
  EXPECT_TRUE(cmd.ui);
  EXPECT_FALSE(cmd.model.has_value());
}

TEST(CommandLine, ModelAsPositionalArgumentLikeTheDesktopEntry) {
  CommandLine cmd;
  parse({"pelvis.obj"}, cmd);
  ASSERT_TRUE(cmd.model.has_value());
  EXPECT_EQ(cmd.model->string(), "pelvis.obj");
  CommandLine twice;
  EXPECT_THROW(parse({"a.obj", "--model", "b.obj"}, twice), UserError);
}

TEST(CommandLine, LaterSetWinsOverView) {
  CommandLine cmd;
  parse({"--view", "left", "--set", "view=right"}, cmd);
  EXPECT_EQ(cmd.settings.camera.view, ViewPreset::Right);
}

TEST(CommandLine, SizeParsing) {
  int w = 0, h = 0;
  parseSize("1920x1080", w, h);
  EXPECT_EQ(w, 1920);
  EXPECT_EQ(h, 1080);
  for (const char* bad : {"1920", "x1080", "1920x", "19a0x1080", "8x8", "9000x100", "-5x100", "100x100x3"})
    EXPECT_THROW(parseSize(bad, w, h), UserError) << bad;
}

TEST(CommandLine, UnknownFlagIsAUserError) {
  CommandLine cmd;
  try {
    parse({"--frobnicate"}, cmd);
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("unknown flag --frobnicate", 0), 0u) << e.what();
  }
  EXPECT_THROW(parse({"--frames", "0", "--bench"}, cmd), UserError);
  EXPECT_THROW(parse({"--set", "nonsense"}, cmd), UserError);
}
