// Offline storyboard recording: deterministic time, eased transitions, captions, encoder on its own thread.
#include "app/Recorder.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "frame/Frame.hpp"
#include "platform/HeadlessContext.hpp"
#include "recording/Storyboard.hpp"
#include "recording/VideoEncoder.hpp"
#include "render/gl/Debug.hpp"
#include "session/RequestedModel.hpp"
#include "ui/Logo.hpp"
#include "view/StoryboardPlayer.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

int runRecord(const CommandLine& cmd) {
  const Storyboard board = loadStoryboard(*cmd.storyboard, cmd.settings);
  const int fps = cmd.fps ? cmd.fps : board.fps;
  const int width = cmd.sizeGiven ? cmd.width : board.width, height = cmd.sizeGiven ? cmd.height : board.height;
  LoadedModel loaded = loadRequestedModel(cmd);
  for (const StoryStep& step : board.steps) checkStructureOptions(step.settings, loaded.model);

  HeadlessContext context(cmd.glStrict);
  if (cmd.glStrict) gl::enableDebugOutput(true);
  ViewScene scene(std::move(loaded));
  FrameRenderer frames;
  LogoCache logos;
  for (const StoryStep& step : board.steps)
    logos.get(step.settings.record.logo);  // every logo read before the file is made
  VideoEncoder encoder(*cmd.record, width, height, fps);

  const int frameCount = std::max(1, static_cast<int>(std::lround(board.duration() * static_cast<float>(fps))));
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  // Frame i of the clip, drawn and read back.
  auto renderFrame = [&](int i) {
    const float t = static_cast<float>(i) / static_cast<float>(fps);  // the clock never decides a frame
    const StoryFrame frame = storyFrameAt(board, scene, aspect, t);
    const Settings& settings = frame.settings;
    OrbitCamera camera = scene.cameraFor(settings, aspect);
    camera.pose = frame.pose;
    const PartStyles styles = scene.styles(settings, t);
    frames.drawOffscreen({scene,
                          settings,
                          styles,
                          camera,
                          {frame.title, frame.subtitle, frame.captionOpacity},
                          logos.get(settings.record.logo)},
                         offscreenLayout(settings, width, height, false), 1.0f / static_cast<float>(fps));
    return frames.readBack();
  };
  double renderSeconds = 0;  // drawing and reading back, i.e. everything but push() (conversion and wait)
  for (int i = 0; i < frameCount; ++i) {
    const auto frameStart = Clock::now();
    Image pixels = renderFrame(i);
    renderSeconds += std::chrono::duration<double>(Clock::now() - frameStart).count();
    encoder.push(std::move(pixels));
  }
  encoder.finish();
  const double totalSeconds = std::chrono::duration<double>(Clock::now() - started).count();
  double renderAloneSeconds = 0;
  if (cmd.bench) {  // the renderer alone on the same frames, with no encoder beside it
    const auto start = Clock::now();
    for (int i = 0; i < frameCount; ++i) renderFrame(i);
    renderAloneSeconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
  gl::checkErrors("end of recording");
  if (cmd.glStrict && gl::errorCount() > 0) {
    std::fprintf(stderr, "hipscope: error: %d OpenGL error(s), last: %s\n", gl::errorCount(), gl::lastError().c_str());
    return 3;
  }
  if (cmd.bench) {  // --bench with --record: where the time of a recording goes
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("record_total_s      %.3f\n", totalSeconds);
    std::printf("record_clip_s       %.3f\n", static_cast<double>(frameCount) / fps);
    std::printf("record_render_s     %.3f\n", renderSeconds);
    std::printf("render_alone_s      %.3f\n", renderAloneSeconds);
    std::printf("record_encode_s     %.3f\n", encoder.encodeSeconds());
    std::printf("record_convert_s    %.3f\n", encoder.convertSeconds());
    std::printf("record_wait_s       %.3f\n", encoder.waitSeconds());
    std::printf("peak_rss_mib        %.1f\n", usage.ru_maxrss / 1024.0);
  }
  std::printf("wrote %s: %d frames, %dx%d at %d fps (%.1f s)\n", cmd.record->c_str(), encoder.frames(),
              width + (width & 1), height + (height & 1), fps,
              static_cast<float>(encoder.frames()) / static_cast<float>(fps));
  return 0;
}

}  // namespace hipscope
