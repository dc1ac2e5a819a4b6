// Headless frame rendering and the benchmark, on an EGL surfaceless context.
#include "app/Headless.hpp"

#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/Error.hpp"
#include "base/ProcessClock.hpp"
#include "frame/Frame.hpp"
#include "frame/Handout.hpp"
#include "frame/Picture.hpp"
#include "platform/HeadlessContext.hpp"
#include "render/IdRenderer.hpp"
#include "render/LineRenderer.hpp"
#include "render/Screen.hpp"
#include "render/gl/Debug.hpp"
#include "session/RequestedModel.hpp"
#include "ui/Logo.hpp"
#include "ui/PanelInfo.hpp"

namespace hipscope {
namespace {

// Fails early, before any rendering, if the PNG cannot be written where asked.
void checkOutputWritable(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw UserError("could not write " + path.string() + ": folder " + dir.string() + " does not exist");
  if (fs::is_directory(path, ec)) throw UserError("could not write " + path.string() + ": it is a directory");
}

int exitCodeAfterGl(const CommandLine& cmd) {
  gl::checkErrors("end of run");
  if (cmd.glStrict && gl::errorCount() > 0) {
    std::fprintf(stderr, "hipscope: error: %d OpenGL error(s), last: %s\n", gl::errorCount(), gl::lastError().c_str());
    return 3;
  }
  return 0;
}

// Everything a headless run draws with, in construction order: context first, GL objects after.
struct HeadlessSession {
  HeadlessContext context;
  bool debug;
  ViewScene scene;
  FrameRenderer frames;

  HeadlessSession(const CommandLine& cmd, LoadedModel model)
      : context(cmd.glStrict), debug(cmd.glStrict && gl::enableDebugOutput(true)), scene(std::move(model)) {}
};

// JSON on stdout: pixels per structure in the 3D view, from the same id buffer picking uses.
// Pixels per structure from the id image, and what the tension display (paths and strain glow,
// drawn alone) covers: as a fraction of the frame, and how much of each tense structure still shows.
void printCoverage(const ViewScene& scene, const OrbitCamera& camera, const PartStyles& styles, const Viewport& vp) {
  const std::vector<char> visible = ViewScene::pickable(styles);
  IdRenderer ids;
  ids.render(*scene.gpu, camera, scene.radius(), vp.width, vp.height, &visible, &styles.joints, &styles.variant);
  const std::vector<std::uint32_t> image = ids.readAll();
  const Coverage c = countCoverage(image, scene.model.parts.size());
  const std::vector<char> display =
      tensionDisplayMask(styles.lines, styles.spots, camera, scene.radius(), styles.time, vp.width, vp.height);
  std::vector<std::size_t> uncovered(c.pixels.size(), 0);
  std::size_t covered = 0;
  for (std::size_t p = 0; p < image.size() && p < display.size(); ++p) {
    covered += display[p] != 0;
    if (!display[p] && image[p] > 0 && image[p] <= uncovered.size()) ++uncovered[image[p] - 1];
  }
  nlohmann::ordered_json doc;
  doc["width"] = vp.width;
  doc["height"] = vp.height;
  doc["background"] = c.background;
  nlohmann::ordered_json parts = nlohmann::ordered_json::object(), tense = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < c.pixels.size(); ++i) {
    parts[scene.model.parts[i].name] = c.pixels[i];
    if (i < styles.tension.size() && styles.tension[i] >= 0.05f && c.pixels[i] > 0)
      tense[scene.model.parts[i].name] = {{"pixels", c.pixels[i]}, {"uncovered", uncovered[i]}};
  }
  doc["structures"] = parts;
  doc["tension_display"] = static_cast<double>(covered) / static_cast<double>(std::max<std::size_t>(image.size(), 1));
  doc["tense_structures"] = tense;
  std::printf("%s\n", doc.dump(1).c_str());
}

}  // namespace

int runHandout(const CommandLine& cmd) {
  checkOutputWritable(*cmd.handout);
  HeadlessSession session(cmd, loadRequestedModel(cmd));
  const Settings& settings = cmd.settings;
  // The first picture as a still of this size would frame it.
  const OrbitCamera camera = session.scene.cameraFor(settings, static_cast<float>(cmd.width) / cmd.height);
  const std::string message = saveHandout(session.frames, session.scene, settings, camera, *cmd.handout);
  if (message.rfind("saved ", 0) != 0) throw UserError(message);
  std::printf("hipscope: %s\n", message.c_str());
  return exitCodeAfterGl(cmd);
}

int runOutput(const CommandLine& cmd) {
  checkOutputWritable(*cmd.output);
  HeadlessSession session(cmd, loadRequestedModel(cmd));
  const ViewScene& scene = session.scene;
  const Settings& settings = cmd.settings;
  const bool drawUi = cmd.ui && settings.ui.panel;
  const FrameLayout layout = offscreenLayout(settings, cmd.width, cmd.height, drawUi);
  const Body body = scene.body(settings, settings.time);
  const PartStyles styles = scene.styles(body, settings.time);
  LogoCache logos;
  const Logo* logo = logos.get(settings.record.logo);  // a broken logo stops here, before any file is written
  const FrameContent content{scene,
                             settings,
                             styles,
                             scene.cameraFor(settings, static_cast<float>(layout.viewWidth) / cmd.height),
                             {captionOf(settings)},
                             logo};
  FrameUi ui;
  std::optional<PanelInfo> info;
  Settings panelSettings = settings;  // the panel only shows here
  if (drawUi) {
    info = describeForPanel(scene, body, session.context.renderer(), 0.0f);
    if (auto at = scene.screenPointOf(settings.select, content.camera, layout.viewRect()))
      info->selectedAnchorX = at->x;
    ui = [&](const PanelLayout& rect) { drawPanel(panelSettings, *info, rect); };
  }
  session.frames.drawOffscreen(content, layout, 1.0f / 60.0f, ui, true);
  finishGl();
  writePng(stillImage(session.frames, settings), *cmd.output);
  if (cmd.coverage) {
    OrbitCamera camera = content.camera;
    camera.aspect = static_cast<float>(layout.viewWidth) / cmd.height;
    printCoverage(scene, camera, styles, {0, 0, layout.viewWidth, cmd.height});
  }
  return exitCodeAfterGl(cmd);
}

int runBench(const CommandLine& cmd) {
  const double startup = secondsSinceProcessStart();
  HeadlessSession session(cmd, loadRequestedModel(cmd));
  const ViewScene& scene = session.scene;
  const FrameLayout layout{cmd.width, cmd.height, cmd.width, 1.0f};
  CameraSettings cam = cmd.settings.camera;

  using Clock = std::chrono::steady_clock;
  std::vector<double> frameMs, mechanicsMs;
  FrameStats stats;
  double firstFrame = 0.0;
  for (int i = 0; i < cmd.frames; ++i) {
    // A slow full turn around the body, as a user orbiting would.
    cam.orbitYaw = std::remainder(cmd.settings.camera.orbitYaw + 360.0f * i / cmd.frames, 360.0f);
    const auto t0 = Clock::now();
    // The CPU side of a frame: mechanics (pose, tension, compression, tension lines) into draw styles,
    // as the window does each frame while a scenario runs, with time advancing 1/30 s a frame.
    const PartStyles styles = scene.styles(cmd.settings, cmd.settings.time + static_cast<float>(i) / 30.0f);
    mechanicsMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    const OrbitCamera camera = scene.cameraFor(cmd.settings, cam, static_cast<float>(cmd.width) / cmd.height);
    stats = session.frames.drawOffscreen({scene, cmd.settings, styles, camera, {}, nullptr}, layout);
    finishGl();
    const auto t1 = Clock::now();
    if (i == 0) firstFrame = secondsSinceProcessStart();
    frameMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::vector<double> sorted = frameMs;
  std::sort(sorted.begin(), sorted.end());
  auto percentile = [&](double p) {
    return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(p * (sorted.size() - 1) + 0.5))];
  };
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("renderer            %s\n", session.context.renderer().c_str());
  std::printf("model               %s\n", scene.model.source.c_str());
  std::printf("size                %dx%d\n", cmd.width, cmd.height);
  std::printf("frames              %d\n", cmd.frames);
  std::printf("startup_to_main_s   %.3f\n", startup);
  std::printf("first_frame_s       %.3f\n", firstFrame);
  std::printf("frame_ms_median     %.2f\n", percentile(0.5));
  std::printf("frame_ms_p90        %.2f\n", percentile(0.9));
  std::printf("fps_median          %.1f\n", 1000.0 / percentile(0.5));
  std::sort(mechanicsMs.begin(), mechanicsMs.end());
  std::printf("mechanics_ms_median %.3f\n", mechanicsMs[mechanicsMs.size() / 2]);
  std::printf("triangles_drawn     %zu\n", stats.triangles);
  std::printf("draw_calls          %d\n", stats.drawCalls);
  std::printf("peak_rss_mib        %.1f\n", usage.ru_maxrss / 1024.0);
  return exitCodeAfterGl(cmd);
}

}  // namespace hipscope
