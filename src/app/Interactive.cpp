// The window: set up, then the loop in named phases (poll, advance, draw, pick, act, present), and on
// closing what the window remembers. Redraws only while something changes or animates, so an idle
// app costs no power.
#include "app/Interactive.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <GLFW/glfw3.h>

#include "app/FrameLog.hpp"
#include "app/QuitSafely.hpp"
#include "app/SessionActions.hpp"
#include "app/WindowInput.hpp"
#include "app/WindowState.hpp"
#include "base/Error.hpp"
#include "base/Image.hpp"
#include "base/UserConfig.hpp"
#include "frame/Picture.hpp"
#include "render/Readback.hpp"
#include "render/Screen.hpp"
#include "render/gl/Debug.hpp"
#include "session/Preferences.hpp"
#include "session/RequestedModel.hpp"
#include "ui/PanelInfo.hpp"
#include "ui/RecordingBadges.hpp"
#include "ui/SelectionCard.hpp"
#include "view/StoryboardPlayer.hpp"

namespace hipscope {

void ModelFiles::lookForRecent() {
  recentMissing.clear();
  for (const std::string& path : recent.paths) {
    std::error_code ec;
    recentMissing.push_back(!std::filesystem::exists(path, ec));
  }
}

glm::vec2 WindowState::cursorNdc(double x, double y) const {
  const float px = static_cast<float>(x) * layout.pixelRatio, py = static_cast<float>(y) * layout.pixelRatio;
  return {px / layout.viewWidth * 2.0f - 1.0f, 1.0f - py / layout.height * 2.0f};
}

void WindowState::moveTo(const OrbitPose& target, float seconds) {
  transition.start(camera.pose, target, seconds);
  wake();
}

void WindowState::goToSettingsView(float seconds) {
  OrbitCamera lens = camera;
  lens.fovY = settings.camera.fov;
  moveTo(scene->cameraFor(settings, lens.aspect).pose, seconds);
}

namespace {

constexpr float kDragViewScale = 0.5f;  // the view's size, of its own, while the pointer turns it

// The files the window keeps in the config folder: recent models and saved views, their problems
// said in the panel.
void loadRemembered(WindowState& s, const std::filesystem::path& folder, const Preferences& prefs) {
  s.models.recentFile = folder / "recent.json";
  s.models.recent = loadRecentModels(s.models.recentFile);
  s.models.message = s.models.recent.problem;
  s.views.file = folder / "presets.json";
  s.views.views = loadUserPresets(s.views.file);
  s.views.message = s.views.views.problem;
  for (const UserPreset& view : s.views.views.presets)
    if (!view.problem.empty()) s.views.message += (s.views.message.empty() ? "" : "; ") + view.problem;
  for (const std::string& problem : prefs.problems)  // said once, at the top of the panel
    s.notice += (s.notice.empty() ? "" : "\n") + problem;
  if (s.cmd.model) {  // a model from elsewhere that loaded: keep it in the recent list
    try {
      rememberModel(s.models.recentFile, s.models.recent, std::filesystem::absolute(*s.cmd.model).string());
    } catch (const UserError& e) {
      s.models.message = e.what();
    }
  }
  s.models.lookForRecent();
}

// Phase: time, real seconds (a live clip is a timeline of them); --frame-seconds steps it instead.
float advanceClock(WindowState& s, std::chrono::steady_clock::time_point& last) {
  const auto now = std::chrono::steady_clock::now();
  const float dt = s.cmd.frameSeconds > 0 ? static_cast<float>(s.cmd.frameSeconds)
                                          : std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
  last = now;
  s.clock += dt;
  s.forcedSeconds += s.cmd.frameSeconds;
  return dt;
}

// Phase: layout. The 3D view gets the window less the panel; the camera takes its aspect.
void layOut(WindowState& s, int fbW, int fbH, int winW) {
  const float pixelRatio = winW > 0 ? static_cast<float>(fbW) / winW : 1.0f;
  const float panelW = s.settings.ui.panel ? panelWidth(s.uiScale * s.window.contentScale()) : 0.0f;
  // While the pointer turns or moves the view, it is drawn at half its width and height (a quarter of
  // the pixels) and stretched: the frame follows the hand; the frames after the last move (wake()
  // draws three) are full size again. In a scene that animates, so too while a button is held on the
  // view before it moves: a drag's first move then waits behind a reduced frame, not a full one (a
  // still scene draws nothing while the button is only held).
  const Pointer& p = s.pointer;
  const bool held = (p.dragging || p.panning) && s.animated;
  const float viewScale = p.moved || held ? kDragViewScale : 1.0f;
  s.pointer.moved = false;
  s.layout = {fbW, fbH, std::max(1, fbW - static_cast<int>(panelW * pixelRatio)), pixelRatio, viewScale};
  s.camera.aspect = static_cast<float>(s.layout.viewWidth) / s.layout.height;
  s.camera.fovY = s.settings.camera.fov;
}

// Phase: the storyboard drives settings and camera; when it ends the app is yours again.
StoryFrame advanceStory(WindowState& s, float dt) {
  StoryFrame story;
  if (!s.playback.playing) return story;
  s.playback.time += dt;
  story = storyFrameAt(*s.playback.board, *s.scene, s.camera.aspect, s.playback.time);
  s.settings = story.settings;
  s.camera.pose = story.pose;
  s.transition = CameraTransition();
  s.tween = SettingsTween();
  s.playback.playing = !story.finished;
  s.wake();
  return story;
}

// The clinic's logo; one typed into the panel that cannot be read is said there, once, and left out.
const Logo* logoFor(WindowState& s, const std::string& path) {
  if (path.empty() || path == s.clips.failedLogo) return nullptr;
  try {
    return s.clips.logos.get(path);
  } catch (const UserError& e) {
    s.clips.failedLogo = path;
    s.clips.message = e.what();
    return nullptr;
  }
}

// What the panel shows this frame.
PanelInfo panelInfo(WindowState& s, const Body& body, const std::string& renderer, float frameMs) {
  PanelInfo info = describeForPanel(*s.scene, body, renderer, frameMs);
  const OrbitPose& where = s.transition.active() ? s.transition.target() : s.camera.pose;
  info.cameraMoved = !samePose(where, s.scene->cameraFor(s.settings, s.camera.aspect).pose);
  if (auto at = s.scene->screenPointOf(s.settings.select, s.camera, s.layout.viewRect())) info.selectedAnchorX = at->x;
  const LiveRecorder& r = s.clips.recorder;
  info.recording = r.active();
  info.recordSeconds = r.clipSeconds();
  info.saving = r.saving();
  info.savingProgress = r.savingProgress();
  info.recordMessage = s.clips.message;
  info.recentModels = s.models.recent.paths;
  info.recentMissing = s.models.recentMissing;
  info.choosing = s.models.chooser.busy();
  info.opening = s.models.opener.busy();
  info.openingName = s.models.opener.path().filename().string();
  info.openingSeconds = s.models.opener.seconds();
  info.openingProgress = s.models.opener.progress();
  info.openMessage = s.models.message;
  info.userPresets = s.views.views.presets;
  info.presetMessage = s.views.message;
  info.notice = s.notice;
  return info;
}

// Phase: picking. What is under a still cursor (hover), and what a click selects.
void pick(WindowState& s, const PartStyles& styles) {
  Pointer& p = s.pointer;
  double x, y;
  glfwGetCursorPos(s.window.handle(), &x, &y);
  const std::vector<char> pickable = ViewScene::pickable(styles);
  // The camera or what is shown changed under a still cursor (a transition, a tween, a key): pick again.
  const bool inView =
      x >= 0 && y >= 0 && x * s.layout.pixelRatio < s.layout.viewWidth && y * s.layout.pixelRatio < s.layout.height;
  if (inView && !p.dragging && !p.panning &&
      s.picker.changed(s.camera, s.layout.viewWidth, s.layout.height, pickable, styles.joints, styles.variant))
    p.hoverPending = true;
  if ((p.hoverPending || p.clickPending) && !s.uiHasMouse()) {
    const ViewScene& scene = *s.scene;
    p.hovered = s.picker.pick(*scene.gpu, s.camera, scene.radius(), s.layout.viewWidth, s.layout.height, pickable,
                              styles.joints, styles.variant, static_cast<int>(x * s.layout.pixelRatio),
                              static_cast<int>(y * s.layout.pixelRatio));
    if (p.clickPending) s.settings.select = p.hovered ? scene.model.parts[*p.hovered].name : std::string();
  }
  p.hoverPending = p.clickPending = false;
}

// One frame: draw what is shown (into a clip too, while recording), pick, let the panel act.
void frame(WindowState& s, float dt, const StoryFrame& story, const std::string& renderer, float& frameMs) {
  const ViewScene& scene = *s.scene;
  const Settings shown = s.tween.advance(s.settings, dt);
  const Body body = scene.body(shown, static_cast<float>(s.clock));
  const PartStyles styles = scene.styles(body, static_cast<float>(s.clock));
  const bool storyCaption = s.playback.board && (s.playback.playing || story.finished);
  const Caption caption =
      storyCaption ? Caption{story.title, story.subtitle, story.captionOpacity} : Caption{captionOf(shown)};
  const FrameContent content{scene, shown, styles, s.camera, caption, logoFor(s, shown.record.logo)};
  if (s.clips.recorder.active()) {  // the clip's timeline: what is shown now, rendered when it stops
    s.clips.recorder.record(
        {0, shown, s.camera.pose, s.clock, caption.title, caption.subtitle, caption.opacity, frameMs});
    s.wake();
  }
  const bool pulsing = std::any_of(styles.highlighted.begin(), styles.highlighted.end(), [](char h) { return h; });
  // Highlights breathe, tension flows (paths, the strain glow, a tight muscle's fibres), legs walk.
  const bool tense = !styles.spots.empty() ||
                     std::any_of(styles.tension.begin(), styles.tension.end(), [](float t) { return t > 0.0f; });
  s.animated = pulsing || tense || shown.pose.walking;
  if (s.animated) s.wake();
  pick(s, styles);

  const Settings before = s.settings;
  PanelActions actions;
  const PanelInfo info = panelInfo(s, body, renderer, frameMs);
  s.frames.drawToWindow(content, s.layout, *s.imgui, dt, [&](const PanelLayout& panel) {
    if (s.settings.ui.panel)
      drawPanel(s.settings, info, panel, &s.fields, &actions);
    else
      drawSelectionCard(s.settings, info, s.layout.viewRect());  // the panel's part, drawn alone
    if (s.clips.recorder.active()) drawRecordingIndicator(s.clips.recorder.clipSeconds());
    if (s.clips.recorder.saving()) drawSavingProgress(s.clips.recorder.savingProgress());
    if (s.quit.asking) s.quit.answer = drawQuitQuestion(s.clips.recorder.active());
    const Pointer& p = s.pointer;
    if (p.hovered && !s.uiHasMouse() && !p.dragging && !p.panning && !p.painting)
      drawHoverLabel(scene.nameOf(*p.hovered, s.settings.names, s.settings.nameWording));
  });
  applyActions(s, actions, before, content);
}

// Phase: present. The window smoke test's screenshot of its last frame, then the swap.
void present(WindowState& s, bool lastFrame) {
  if (lastFrame && s.cmd.windowShot) {
    bindWindowFramebuffer();
    Image shot = readPixels(0, 0, s.layout.width, s.layout.height);
    for (std::size_t i = 3; i < shot.rgba.size(); i += 4) shot.rgba[i] = 255;  // a window's alpha means nothing
    writePng(shot, *s.cmd.windowShot);
  }
  s.window.swap();
}

// On closing: the preferences changed in the panel and the window's size are remembered (not what a
// storyboard set), and a clip being recorded is finished. Returns the exit code.
int finish(WindowState& s, const std::filesystem::path& folder, Preferences prefs, const Settings& startup) {
  glfwGetWindowSize(s.window.handle(), &prefs.windowWidth, &prefs.windowHeight);
  prefs.panelLayout = s.imgui->layout();
  try {
    Settings now = s.playback.board ? startup : s.settings;
    if (now.record.logo == s.clips.failedLogo) now.record.logo = startup.record.logo;  // never remember a broken one
    savePreferences(folder, prefs, startup, now);
  } catch (const UserError& e) {
    std::fprintf(stderr, "hipscope: could not remember the settings: %s\n", e.what());
  }
  Clips& c = s.clips;
  // Closing the window (or a logout's SIGTERM) finishes the clip: rendered and saved now.
  if (std::string outcome = c.recorder.finishNow(c.frames, c.logos); !outcome.empty()) c.message = outcome;
  const bool clipFailed = !c.message.empty() && c.message.rfind("saved ", 0) != 0;
  if (clipFailed)
    std::fprintf(stderr, "hipscope: error: %s\n", c.message.c_str());
  else if (s.cmd.record && !c.message.empty())
    std::printf("hipscope: %s\n", c.message.c_str());
  s.imgui.reset();
  if (s.cmd.glStrict && gl::errorCount() > 0) {
    std::fprintf(stderr, "hipscope: error: %d OpenGL error(s), last: %s\n", gl::errorCount(), gl::lastError().c_str());
    return 3;
  }
  return clipFailed && s.cmd.record ? 2 : 0;  // --record asked for a clip on the command line: say it failed
}

}  // namespace

int runInteractive(const CommandLine& cmd) {
  installQuitSignals();        // a logout while the model loads still ends in a finished clip
  FrameLog log(cmd.frameLog);  // a file that cannot be written is said before anything opens
  LoadedModel model = loadRequestedModel(cmd);
  std::optional<Storyboard> board;
  if (cmd.storyboard) {  // checked in full before the window opens, as for --record
    board = loadStoryboard(*cmd.storyboard, cmd.settings);
    for (const StoryStep& step : board->steps) checkStructureOptions(step.settings, model.model);
  }
  // What the window remembers (preferences changed in the panel, its size, the panel's layout);
  // the command line wins.
  const std::filesystem::path configFolder = configDirectory();
  Preferences prefs = loadPreferences(configFolder);
  Settings initial = cmd.settings;
  // A remembered logo must still be a picture Hipscope can read (it may have moved since).
  applyPreferences(prefs, initial, [](const std::string& key, const std::string& value) -> std::string {
    if (key != "record.logo" || value.empty()) return "";
    try {
      readPng(value);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  });
  Window window(prefs.windowWidth > 0 ? prefs.windowWidth : 1600, prefs.windowHeight > 0 ? prefs.windowHeight : 900,
                "Hipscope — " + std::filesystem::path(model.model.source).filename().string(), cmd.glStrict);
  if (cmd.glStrict) gl::enableDebugOutput(true);

  WindowState s{cmd, window, std::make_unique<ViewScene>(std::move(model))};
  loadRemembered(s, configFolder, prefs);
  s.settings = initial;
  const Settings startup = initial;  // preferences changed from here on are remembered at exit
  s.playback = {board ? &*board : nullptr, nullptr, 0.0f, board.has_value()};
  installInput(s);  // our callbacks first: the ImGui backend chains to them
  s.uiScale = s.settings.ui.scale;
  s.imgui = std::make_unique<ImGuiLayer>(window.handle(), s.uiScale * window.contentScale());
  s.imgui->restoreLayout(prefs.panelLayout);

  // Logos named on the command line or in the storyboard are read now: a broken one is an error
  // before anything runs, as a broken storyboard is.
  s.clips.logos.get(cmd.settings.record.logo);
  if (board)
    for (const StoryStep& step : board->steps) s.clips.logos.get(step.settings.record.logo);
  if (cmd.frameSeconds > 0) s.clips.recorder.setClock([&s] { return s.forcedSeconds; });
  if (cmd.record) toggleRecording(s);  // --record without --storyboard: from the first frame
  s.drops = cmd.drops;                 // --drop: as if dropped on the window

  bool first = true;
  int frames = 0;
  float frameMs = 0.0f;
  auto last = std::chrono::steady_clock::now();
  const std::string renderer = rendererName();
  while (!window.shouldClose() && !quitSignalled()) {
    // A held button alone draws nothing: each move wakes the loop (WindowInput), so the move's frame
    // starts at once instead of behind a full-size frame drawn for a still pointer.
    const bool animating = s.transition.active() || s.tween.active();
    if (cmd.exitAfterFrames || animating || s.redrawFrames > 0)
      glfwPollEvents();
    else
      glfwWaitEventsTimeout(0.25);           // an idle window still notices a SIGTERM
    if (s.models.chooser.ready()) s.wake();  // the file chooser answered (it posted an empty event)
    if (s.redrawFrames <= 0 && !animating && !cmd.exitAfterFrames) continue;

    const float dt = advanceClock(s, last);
    if (s.settings.ui.scale != s.uiScale) {  // fonts are baked at a size: rebuild the UI layer
      s.uiScale = s.settings.ui.scale;
      s.imgui.reset();
      s.imgui = std::make_unique<ImGuiLayer>(window.handle(), s.uiScale * window.contentScale());
    }
    int fbW, fbH, winW, winH;
    window.framebufferSize(fbW, fbH);
    glfwGetWindowSize(window.handle(), &winW, &winH);
    followClipSaving(s);
    followModelOpening(s);
    openDropped(s);
    if (fbW <= 0 || fbH <= 0) continue;  // minimised
    const bool moved = s.pointer.moved;  // this frame shows a move of the pointer (the log says so)
    layOut(s, fbW, fbH, winW);
    if (first) s.camera.pose = s.scene->cameraFor(s.settings, s.camera.aspect).pose;
    first = false;
    if (s.transition.active()) s.camera.pose = s.transition.advance(dt);
    const StoryFrame story = advanceStory(s, dt);

    const auto t0 = std::chrono::steady_clock::now();
    const auto logStart = std::chrono::system_clock::now();
    frame(s, dt, story, renderer, frameMs);
    present(s, cmd.exitAfterFrames && frames + 1 >= cmd.exitAfterFrames);
    frameMs = std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - t0).count();
    log.frame(logStart, std::chrono::system_clock::now(), s.layout.viewScale, moved);
    --s.redrawFrames;
    if (cmd.glStrict) gl::checkErrors("frame");
    if (cmd.exitAfterFrames && ++frames >= cmd.exitAfterFrames) break;
  }
  return finish(s, configFolder, prefs, startup);
}

}  // namespace hipscope
