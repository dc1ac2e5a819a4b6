// A live clip (F9) end to end: a window forced to draw 10 frames a second for 5 s of scripted use
// (the hip and the camera turning), rendered afterwards into a 30 fps clip of 5 s, a few frames per
// call as the window does, and the same session written beside it as a storyboard that replays it.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "frame/LiveRecorder.hpp"
#include "options/OptionRegistry.hpp"
#include "recording/Storyboard.hpp"
#include "view/StoryboardPlayer.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

Settings with(const std::string& assignment) {
  Settings s;
  OptionRegistry::instance().apply(s, assignment, "test");
  return s;
}

std::string run(const std::string& command) {
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
    pclose(pipe);
  }
  return out;
}

}  // namespace

TEST_F(GlTest, FiveSecondsAtTenFramesASecondMakeAFiveSecondClipAndAStoryboardThatReplaysIt) {
  const auto scene = std::make_shared<const ViewScene>(builtInModel());
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-live-clip-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::filesystem::path clip = dir / "session.mp4";

  double now = 1000;  // the forced clock: the window's frames 0.1 s apart, however long they took
  LiveRecorder recorder;
  recorder.setClock([&now] { return now; });
  recorder.start(clip, 160, 120, 30, scene, "test");
  const float aspect = 160.0f / 120.0f;
  const Settings base;
  const OrbitPose framed = scene->cameraFor(base, aspect).pose;
  for (int i = 1; i <= 50; ++i) {
    now += 0.1;
    const float t = i * 0.1f;
    TimelineSample s;
    s.shown.pose.hipFlexionR = 10 * t;
    s.shown.render.xray = t > 2.5f;
    // From 3 s on the piriformis scenario, as the panel applies it (its caption, tension, selection),
    // the hip still turning; from 4.5 s "none" again.
    if (t > 3.0f && t <= 4.5f) {
      const float hip = s.shown.pose.hipFlexionR;
      const bool xray = s.shown.render.xray;
      OptionRegistry::instance().set(s.shown, "scenario", "piriformis", "test");
      s.shown.pose.hipFlexionR = hip, s.shown.render.xray = xray;
    }
    s.pose = framed;
    s.pose.yaw = framed.yaw + 8 * t;
    s.clock = t;
    recorder.record(s);
    EXPECT_NEAR(recorder.clipSeconds(), t, 1e-4);
  }
  recorder.stop();
  EXPECT_FALSE(recorder.active());
  EXPECT_TRUE(recorder.saving());
  EXPECT_NEAR(recorder.timeline().duration(), 5.0, 1e-9);

  FrameRenderer frames;
  LogoCache logos;
  int calls = 0;
  std::optional<std::string> outcome;
  float progress = 0;
  while (!(outcome = recorder.poll())) {  // as the window does: a time budget per frame
    recorder.renderSome(frames, logos, 0.001);
    EXPECT_GE(recorder.savingProgress(), progress);
    progress = recorder.savingProgress();
    ++calls;
    ASSERT_LT(calls, 20000);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));  // the rest of the window's frame
  }
  EXPECT_GT(calls, 10) << "rendered a few frames at a time, not all at once";
  EXPECT_EQ(recorder.framesRendered(), 150);
  EXPECT_EQ(*outcome, "saved " + clip.string() + " (5.0 s); storyboard " + (dir / "session.json").string());
  EXPECT_FALSE(recorder.saving());
  EXPECT_FALSE(std::filesystem::exists(clip.string() + ".partial"));

  // The file as a player sees it: 150 frames over 5 seconds.
  const std::string probe =
      run("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
          "stream=nb_read_frames:format=duration -of default=nw=1 '" +
          clip.string() + "'");
  EXPECT_NE(probe.find("nb_read_frames=150"), std::string::npos) << probe;
  EXPECT_NE(probe.find("duration=5.0"), std::string::npos) << probe;

  // The storyboard beside it replays the session: the hip, the camera and X-ray as they were.
  const Storyboard board = loadStoryboard(dir / "session.json", Settings{});
  EXPECT_EQ(board.fps, 30);
  EXPECT_EQ(board.width, 160);
  EXPECT_NEAR(board.duration(), 5.0 + 1.0 / 30, 1e-3);  // the first moment is held for a frame
  for (float t : {0.5f, 1.0f, 2.0f, 3.5f, 4.5f}) {
    const StoryFrame replay = storyFrameAt(board, *scene, aspect, t + 1.0f / 30);
    EXPECT_NEAR(replay.settings.pose.hipFlexionR, 10 * t, 0.05f) << "at " << t << " s";
    EXPECT_NEAR(std::remainder(replay.pose.yaw - (framed.yaw + 8 * t), 360.0f), 0.0f, 0.2f) << "at " << t << " s";
    EXPECT_EQ(replay.settings.render.xray, t > 2.5f) << "at " << t << " s";
  }
  // The scenario comes back with its caption, steady across the half-second steps, and goes again.
  const std::string caption = captionOf(with("scenario=piriformis"));
  for (float t : {3.6f, 4.0f, 4.05f}) {
    const StoryFrame replay = storyFrameAt(board, *scene, aspect, t + 1.0f / 30);
    EXPECT_EQ(replay.title, caption) << "at " << t << " s";
    EXPECT_FLOAT_EQ(replay.captionOpacity, 1.0f) << "at " << t << " s: the caption blinks between steps";
    EXPECT_EQ(replay.settings.select, "piriformis_r") << "at " << t << " s";
    EXPECT_GT(replay.settings.tension.at("piriformis_r"), 0.5f) << "at " << t << " s";
    EXPECT_EQ(replay.settings.hidden, "gluteus_maximus,gluteus_medius") << "at " << t << " s";
  }
  const StoryFrame after = storyFrameAt(board, *scene, aspect, 4.9f + 1.0f / 30);
  EXPECT_TRUE(after.title.empty()) << after.title;
  EXPECT_TRUE(after.settings.select.empty());
  EXPECT_TRUE(after.settings.hidden.empty()) << after.settings.hidden;
  EXPECT_LT(after.settings.tension.count("piriformis_r") ? after.settings.tension.at("piriformis_r") : 0.0f, 0.05f)
      << "relaxing as the session did";
  std::filesystem::remove_all(dir);
}

TEST_F(GlTest, ClosingWhileRecordingFinishesTheClipAtOnce) {
  const auto scene = std::make_shared<const ViewScene>(builtInModel());
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-live-clip-close";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  double now = 0;
  LiveRecorder recorder;
  recorder.setClock([&now] { return now; });
  recorder.start(dir / "closed.mp4", 96, 64, 24, scene);
  TimelineSample s;
  s.pose = scene->cameraFor(Settings{}, 1.5f).pose;
  recorder.record(s);
  now = 1.5;  // the window closes 1.5 s later, with no frame drawn in between
  FrameRenderer frames;
  LogoCache logos;
  EXPECT_EQ(recorder.finishNow(frames, logos).rfind("saved " + (dir / "closed.mp4").string() + " (1.5 s)", 0), 0u);
  EXPECT_EQ(recorder.framesRendered(), 36);
  EXPECT_TRUE(std::filesystem::exists(dir / "closed.mp4"));
  EXPECT_FALSE(std::filesystem::exists(dir / "closed.mp4.partial"));
  EXPECT_EQ(recorder.finishNow(frames, logos), "");  // nothing more to finish
  std::filesystem::remove_all(dir);
}
