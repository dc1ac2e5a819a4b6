// Event loop. Redraws only while something changes or animates, so an idle app costs no power.
#include "app/Interactive.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/LiveRecorder.hpp"
#include "app/ModelSource.hpp"
#include "app/Picker.hpp"
#include "app/SettingsTween.hpp"
#include "app/StoryboardPlayer.hpp"
#include "app/Overlay.hpp"
#include "app/ModelOpener.hpp"
#include "app/Picture.hpp"
#include "app/Preferences.hpp"
#include "options/OptionRegistry.hpp"
#include "options/UserPresets.hpp"
#include "platform/UserConfig.hpp"
#include "app/ViewScene.hpp"
#include "platform/Window.hpp"
#include "render/Image.hpp"
#include "options/Error.hpp"
#include "recording/ClipFormats.hpp"
#include "render/SceneRenderer.hpp"
#include "render/gl/Debug.hpp"
#include "scene/Raycast.hpp"
#include "ui/ImGuiLayer.hpp"
#include "ui/Logo.hpp"
#include "ui/Panel.hpp"

namespace hipscope {
namespace {

constexpr float kPresetSeconds = 0.6f;
constexpr float kSettleSeconds = 0.25f;

struct AppState {
  Window* window = nullptr;
  ModelOpener opener;            // a model being imported from the panel
  std::string openPath;          // the panel's file field
  std::string openMessage;       // why the last open failed
  RecentModels recent;
  std::vector<char> recentMissing;  // per recent model: not found when last looked (at start, after an open)
  void lookForRecent() {  // not in every frame: a path on a drive that hangs would freeze the window
    recentMissing.clear();
    for (const std::string& path : recent.paths) {
      std::error_code ec;
      recentMissing.push_back(!std::filesystem::exists(path, ec));
    }
  }
  std::filesystem::path viewsFile;  // presets.json: the views the user saved
  UserPresets views;
  std::string viewName;             // the panel's "save view as" field
  std::string viewMessage;          // the last save's outcome, or why the file could not be read
  LogoCache logos;
  std::string failedLogo;  // a logo path set in the panel that could not be read (said once)
  ViewScene* scene = nullptr;
  Settings settings;
  OrbitCamera camera;
  CameraTransition transition;
  std::unique_ptr<ImGuiLayer> imgui;
  Viewport viewport;        // 3D view, framebuffer pixels
  float pixelRatio = 1.0f;  // framebuffer pixels per window coordinate
  int redrawFrames = 3;     // frames still to draw after the last event (ImGui settles over a few)
  bool dragging = false, panning = false;
  double lastX = 0, lastY = 0;
  double pressX = 0, pressY = 0;            // where the left button went down
  bool hoverPending = false, clickPending = false;
  std::optional<std::size_t> hovered;       // part under the cursor
  SettingsTween tween;                      // scenarios and presets easing into place
  double lastClickTime = -1, lastClickX = 0, lastClickY = 0;
  LiveRecorder recorder;
  bool takePicture = false;      // F12: save a picture after this frame
  bool toggleRecording = false;  // F9 or the panel's button, handled once per frame
  bool usedRecordPath = false;   // --record's path went to the first clip; later clips get dated names
  std::string recordMessage;     // the last clip's outcome, shown in the panel
  double clock = 0;              // animation time; advances 1/fps per frame while recording
  const Storyboard* board = nullptr;  // --storyboard without --record: played in the window
  float playTime = 0;                 // storyboard time; P starts it again
  bool playing = false;

  void wake() { redrawFrames = std::max(redrawFrames, 3); }
  glm::vec2 cursorNdc(double x, double y) const {
    const float px = static_cast<float>(x) * pixelRatio, py = static_cast<float>(y) * pixelRatio;
    const float fbHeight = static_cast<float>(viewport.y + viewport.height);
    return {(px - viewport.x) / viewport.width * 2.0f - 1.0f, 1.0f - (py - (fbHeight - viewport.height - viewport.y)) / viewport.height * 2.0f};
  }
  void moveTo(const OrbitPose& target, float seconds) { transition.start(camera.pose, target, seconds); wake(); }
  void goToSettingsView(float seconds) {
    OrbitCamera lens = camera;
    lens.fovY = settings.camera.fov;
    moveTo(scene->cameraFor(settings, lens.aspect).pose, seconds);
  }
  bool uiHasMouse() const { return imgui && imgui->wantsMouse(); }
};

AppState* state(GLFWwindow* w) { return static_cast<AppState*>(glfwGetWindowUserPointer(w)); }

void onMouseButton(GLFWwindow* w, int button, int action, int mods) {
  AppState& s = *state(w);
  s.wake();
  if (action == GLFW_RELEASE) {
    // A press and release in place is a click: select what is under the cursor.
    double x, y;
    glfwGetCursorPos(w, &x, &y);
    if (button == GLFW_MOUSE_BUTTON_LEFT && s.dragging && std::abs(x - s.pressX) < 4 && std::abs(y - s.pressY) < 4)
      s.clickPending = true;
    s.dragging = s.panning = false;
    return;
  }
  if (s.uiHasMouse()) return;
  double x, y;
  glfwGetCursorPos(w, &x, &y);
  s.lastX = x;
  s.lastY = y;
  const bool shift = mods & GLFW_MOD_SHIFT;
  if (button == GLFW_MOUSE_BUTTON_RIGHT || button == GLFW_MOUSE_BUTTON_MIDDLE || (button == GLFW_MOUSE_BUTTON_LEFT && shift)) {
    s.panning = true;
  } else if (button == GLFW_MOUSE_BUTTON_LEFT) {
    const double now = glfwGetTime();
    const bool doubleClick = now - s.lastClickTime < 0.35 && std::abs(x - s.lastClickX) < 5 && std::abs(y - s.lastClickY) < 5;
    s.lastClickTime = doubleClick ? -1 : now;
    s.lastClickX = x;
    s.lastClickY = y;
    if (doubleClick) {
      const std::vector<char> solid = ViewScene::pickable(s.scene->styles(s.settings, 0.0f));
      if (auto hit = raycast(s.scene->model, s.camera.rayThrough(s.cursorNdc(x, y)), &solid)) {
        OrbitPose target = s.camera.pose;
        target.target = hit->point;
        s.moveTo(target, kSettleSeconds * 1.6f);
      }
    } else {
      s.dragging = true;
      s.pressX = x;
      s.pressY = y;
    }
  }
}

void onCursor(GLFWwindow* w, double x, double y) {
  AppState& s = *state(w);
  if (!s.dragging && !s.panning) {
    s.hoverPending = true;
    s.wake();
    return;
  }
  const float h = static_cast<float>(s.viewport.height) / s.pixelRatio;
  const float dx = static_cast<float>(x - s.lastX) / h, dy = static_cast<float>(y - s.lastY) / h;
  s.lastX = x;
  s.lastY = y;
  s.transition = CameraTransition();
  if (s.panning) s.camera.pan(dx, dy);
  else s.camera.rotate(dx, dy);
  s.wake();
}

void onScroll(GLFWwindow* w, double, double yoffset) {
  AppState& s = *state(w);
  s.wake();
  if (s.uiHasMouse()) return;
  double x, y;
  glfwGetCursorPos(w, &x, &y);
  s.transition = CameraTransition();
  s.camera.zoomToward(static_cast<float>(yoffset), s.cursorNdc(x, y));
}

void onKey(GLFWwindow* w, int key, int, int action, int) {
  AppState& s = *state(w);
  s.wake();
  if (action != GLFW_PRESS || (s.imgui && s.imgui->wantsKeyboard())) return;
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6) {
    s.settings.camera.view = static_cast<ViewPreset>(key - GLFW_KEY_1);
    s.settings.camera.orbitYaw = s.settings.camera.orbitPitch = 0.0f;
    s.goToSettingsView(kPresetSeconds);
  } else if (key == GLFW_KEY_F) {
    OrbitPose target = s.camera.pose;
    target.target = s.scene->model.bounds.center();
    target.distance = s.camera.fitDistance(s.scene->radius());
    s.moveTo(target, kPresetSeconds);
  } else if (key == GLFW_KEY_R) {
    s.settings.camera = CameraSettings{};
    s.goToSettingsView(kPresetSeconds);
  } else if (key == GLFW_KEY_P && s.board) {
    s.playTime = 0;
    s.playing = true;
  } else if (key == GLFW_KEY_F9) {
    s.toggleRecording = true;
  } else if (key == GLFW_KEY_F12) {
    s.takePicture = true;
  } else if (key == GLFW_KEY_ESCAPE) {
    glfwSetWindowShouldClose(w, GLFW_TRUE);
  }
}

void onRefresh(GLFWwindow* w) { state(w)->wake(); }

// Starts or stops a clip. The first clip of a run goes to --record's path if one was given.
void toggleRecording(AppState& s, const CommandLine& cmd) {
  if (s.recorder.active()) {
    s.recorder.stop();  // saved in the background; the outcome arrives through poll()
    s.recordMessage.clear();
    return;
  }
  if (s.recorder.saving()) return;  // the progress bar is up: one clip at a time
  const bool fromCommandLine = cmd.record && !s.usedRecordPath;
  s.usedRecordPath = s.usedRecordPath || fromCommandLine;
  const ClipSize& size = kClipSizes.at(static_cast<std::size_t>(s.settings.record.size));
  const int width = cmd.sizeGiven ? cmd.width : size.width, height = cmd.sizeGiven ? cmd.height : size.height;
  const int fps = cmd.fps ? cmd.fps : kClipFps.at(static_cast<std::size_t>(s.settings.record.fps));
  try {
    s.recorder.start(fromCommandLine ? *cmd.record : defaultClipPath(), width, height, fps);
    s.recordMessage.clear();
  } catch (const UserError& e) {
    if (fromCommandLine) throw;  // a wrong --record path is a command-line mistake: say so and exit
    s.recordMessage = e.what();
  }
}

// A red dot and the clip time in the corner of the 3D view, so nobody forgets the camera is on.
void drawRecordingIndicator(float seconds) {
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float size = ImGui::GetFontSize();
  const ImVec2 at(size, size);
  char text[32];
  std::snprintf(text, sizeof text, "REC %02d:%04.1f", static_cast<int>(seconds) / 60, std::fmod(seconds, 60.0f));
  const ImVec2 extent = ImGui::CalcTextSize(text);
  draw->AddRectFilled(at, ImVec2(at.x + size * 1.6f + extent.x + size * 0.5f, at.y + extent.y + size * 0.5f),
                      IM_COL32(0, 0, 0, 170), size * 0.3f);
  draw->AddCircleFilled(ImVec2(at.x + size * 0.8f, at.y + extent.y * 0.5f + size * 0.25f), size * 0.35f, IM_COL32(230, 40, 40, 255));
  draw->AddText(ImVec2(at.x + size * 1.4f, at.y + size * 0.25f), IM_COL32(255, 255, 255, 255), text);
}

// While a stopped clip is being finished: where the REC badge was, a bar filling up, so nobody quits
// too early. Drawn straight into the foreground like the badge (no window to lay out first).
void drawSavingProgress(float progress) {
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float size = ImGui::GetFontSize();
  const char* text = "Saving the clip...";
  const ImVec2 extent = ImGui::CalcTextSize(text);
  const float width = std::max(extent.x, size * 10.0f);
  const ImVec2 at(size, size), end(at.x + width + size, at.y + extent.y + size * 1.4f);
  draw->AddRectFilled(at, end, IM_COL32(0, 0, 0, 170), size * 0.3f);
  draw->AddText(ImVec2(at.x + size * 0.5f, at.y + size * 0.25f), IM_COL32(255, 255, 255, 255), text);
  const ImVec2 bar(at.x + size * 0.5f, at.y + extent.y + size * 0.5f);
  draw->AddRectFilled(bar, ImVec2(bar.x + width, bar.y + size * 0.5f), IM_COL32(255, 255, 255, 60), size * 0.2f);
  draw->AddRectFilled(bar, ImVec2(bar.x + width * std::clamp(progress, 0.0f, 1.0f), bar.y + size * 0.5f),
                      IM_COL32(240, 228, 66, 255), size * 0.2f);  // Okabe-Ito yellow
}

// Saves, shows or forgets a view the user named in the panel. The list in memory changes only once
// the file has been written, so what is shown is what is kept.
void savedViewAction(AppState& s, const PanelActions& actions) {
  UserPresets next = s.views;
  std::string done;
  if (actions.saveView) {
    if (std::string why = checkPresetName(s.viewName); !why.empty()) {
      s.viewMessage = why;
      return;
    }
    // The camera as the mouse left it (turned, tilted, zoomed), in the terms of the view preset.
    Settings shown = s.settings;
    const OrbitCamera lens = s.scene->cameraFor(s.settings, s.camera.aspect);
    shown.camera = orbitSettingsFor(s.transition.active() ? s.transition.target() : s.camera.pose, s.scene->framing(s.settings), lens, s.settings.camera);
    if (!putUserPreset(next, {s.viewName, captureView(shown), ""})) {
      s.viewMessage = "at most " + std::to_string(kMaxUserPresets) + " views; right-click one to forget it first";
      return;
    }
    done = "saved \"" + s.viewName + "\"";
  } else if (actions.deleteView >= 0 && static_cast<std::size_t>(actions.deleteView) < next.presets.size()) {
    done = "forgot \"" + next.presets[static_cast<std::size_t>(actions.deleteView)].name + "\"";
    next.presets.erase(next.presets.begin() + actions.deleteView);
  } else if (actions.applyView >= 0 && static_cast<std::size_t>(actions.applyView) < s.views.presets.size()) {
    try {
      Settings shown = s.settings;  // all of it or nothing
      applyUserPreset(shown, s.views.presets[static_cast<std::size_t>(actions.applyView)]);
      s.settings = shown;
      s.viewMessage.clear();
    } catch (const UserError& e) {  // a name only this model can check, e.g. a structure it lacks
      s.viewMessage = e.what();
    }
    return;
  }
  try {
    saveUserPresets(s.viewsFile, next);
    s.views = std::move(next);
    s.viewMessage = done;
    if (actions.saveView) s.viewName.clear();
  } catch (const UserError& e) {
    s.viewMessage = e.what();
  }
}

}  // namespace

int runInteractive(const CommandLine& cmd) {
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
  applyPreferences(prefs, initial);
  Window window(prefs.windowWidth > 0 ? prefs.windowWidth : 1600, prefs.windowHeight > 0 ? prefs.windowHeight : 900,
                "Hipscope — " + std::filesystem::path(model.model.source).filename().string(), cmd.glStrict);
  if (cmd.glStrict) gl::enableDebugOutput(true);

  auto current = std::make_unique<ViewScene>(std::move(model));
  SceneRenderer renderer;
  Picker picker;
  AppState s;
  s.window = &window;
  s.scene = current.get();
  const std::filesystem::path recentFile = configDirectory() / "recent.json";
  s.recent = loadRecentModels(recentFile);
  s.openMessage = s.recent.problem;
  s.viewsFile = configFolder / "presets.json";
  s.views = loadUserPresets(s.viewsFile);
  s.viewMessage = s.views.problem;
  for (const UserPreset& view : s.views.presets)
    if (!view.problem.empty()) s.viewMessage += (s.viewMessage.empty() ? "" : "; ") + view.problem;
  for (const std::string& problem : prefs.problems) s.openMessage += (s.openMessage.empty() ? "" : "; ") + problem;
  if (cmd.model) {  // a model from elsewhere that loaded: keep it in the recent list
    try {
      rememberModel(recentFile, s.recent, std::filesystem::absolute(*cmd.model).string());
    } catch (const UserError& e) {
      s.openMessage = e.what();
    }
  }
  s.lookForRecent();
  s.settings = initial;
  const Settings startup = initial;  // preferences changed from here on are remembered at exit
  s.board = board ? &*board : nullptr;
  s.playing = s.board != nullptr;
  glfwSetWindowUserPointer(window.handle(), &s);
  // Our callbacks first: the ImGui backend chains to them.
  glfwSetMouseButtonCallback(window.handle(), onMouseButton);
  glfwSetCursorPosCallback(window.handle(), onCursor);
  glfwSetScrollCallback(window.handle(), onScroll);
  glfwSetKeyCallback(window.handle(), onKey);
  glfwSetWindowRefreshCallback(window.handle(), onRefresh);
  float uiScale = s.settings.ui.scale;
  s.imgui = std::make_unique<ImGuiLayer>(window.handle(), uiScale * window.contentScale());
  s.imgui->restoreLayout(prefs.panelLayout);

  // Logos named on the command line or in the storyboard are read now: a broken one is an error
  // before anything runs, as a broken storyboard is.
  s.logos.get(cmd.settings.record.logo);
  if (board)
    for (const StoryStep& step : board->steps) s.logos.get(step.settings.record.logo);

  if (cmd.record) toggleRecording(s, cmd);  // --record without --storyboard: from the first frame

  bool first = true;
  int frames = 0;
  float frameMs = 0.0f;
  auto last = std::chrono::steady_clock::now();
  const std::string rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  while (!window.shouldClose()) {
    const bool animating = s.transition.active() || s.tween.active() || s.dragging || s.panning;
    if (cmd.exitAfterFrames || animating || s.redrawFrames > 0) glfwPollEvents();
    else glfwWaitEvents();
    if (s.redrawFrames <= 0 && !animating && !cmd.exitAfterFrames) continue;

    const auto now = std::chrono::steady_clock::now();
    // While recording, time moves exactly one clip frame per drawn frame, however long it took.
    const float dt = s.recorder.active() ? s.recorder.frameSeconds()
                                         : std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
    last = now;
    s.clock += dt;
    if (s.settings.ui.scale != uiScale) {  // fonts are baked at a size: rebuild the UI layer
      uiScale = s.settings.ui.scale;
      s.imgui.reset();
      s.imgui = std::make_unique<ImGuiLayer>(window.handle(), uiScale * window.contentScale());
    }

    int fbW, fbH, winW, winH;
    window.framebufferSize(fbW, fbH);
    glfwGetWindowSize(window.handle(), &winW, &winH);
    if (s.recorder.saving()) {  // keep drawing the progress bar until the file is finished
      if (std::optional<std::string> outcome = s.recorder.poll()) s.recordMessage = *outcome;
      s.wake();
    }
    if (s.opener.busy()) {  // a model is being imported: count the seconds, swap it in when it arrives
      s.wake();
      if (std::optional<ModelOpener::Outcome> outcome = s.opener.poll()) {
        if (outcome->model) {
          const std::string name = std::filesystem::path(outcome->model->model.source).filename().string();
          current = std::make_unique<ViewScene>(std::move(*outcome->model));
          s.scene = current.get();
          picker = Picker();
          s.hovered.reset();
          // Names from the old model mean nothing in the new one.
          s.settings.select.clear(), s.settings.hidden.clear(), s.settings.isolate.clear(), s.settings.tension.clear();
          s.settings.scenario = 0;
          s.tween = SettingsTween();
          glfwSetWindowTitle(window.handle(), ("Hipscope — " + name).c_str());
          s.openMessage.clear();
          try {
            rememberModel(recentFile, s.recent, std::filesystem::absolute(s.opener.path()).string());
          } catch (const UserError& e) {
            s.openMessage = e.what();
          }
          s.goToSettingsView(kPresetSeconds);
        } else {
          s.openMessage = outcome->error;  // the current model stays
        }
        s.lookForRecent();
      }
    }
    ViewScene& scene = *current;
    if (fbW <= 0 || fbH <= 0) continue;  // minimised
    s.pixelRatio = winW > 0 ? static_cast<float>(fbW) / winW : 1.0f;
    const float panelW = s.settings.ui.panel ? panelWidth(uiScale * window.contentScale()) : 0.0f;
    s.viewport = {0, 0, std::max(1, fbW - static_cast<int>(panelW * s.pixelRatio)), fbH};
    s.camera.aspect = static_cast<float>(s.viewport.width) / s.viewport.height;
    s.camera.fovY = s.settings.camera.fov;
    if (first) {
      s.camera.pose = scene.cameraFor(s.settings, s.camera.aspect).pose;
      first = false;
    }
    if (s.transition.active()) s.camera.pose = s.transition.advance(dt);
    StoryFrame story;
    if (s.playing) {  // the storyboard drives settings and camera; when it ends the app is yours again
      s.playTime += dt;
      story = storyFrameAt(*s.board, scene, s.camera.aspect, s.playTime);
      s.settings = story.settings;
      s.camera.pose = story.pose;
      s.transition = CameraTransition();
      s.tween = SettingsTween();
      s.playing = !story.finished;
      s.wake();
    }
    const bool storyCaption = s.board && (s.playing || story.finished);

    const auto t0 = std::chrono::steady_clock::now();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbW, fbH);
    glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const Settings shown = s.tween.advance(s.settings, dt);
    const PartStyles styles = scene.styles(shown, static_cast<float>(s.clock));
    const Caption caption = storyCaption ? Caption{story.title, story.subtitle, story.captionOpacity} : Caption{captionOf(shown)};
    const Logo* logo = nullptr;
    if (!shown.record.logo.empty() && shown.record.logo != s.failedLogo) {
      try {
        logo = s.logos.get(shown.record.logo);
      } catch (const UserError& e) {  // typed into the panel: say so there and go on without it
        s.failedLogo = shown.record.logo;
        s.recordMessage = e.what();
      }
    }
    renderer.render(*scene.gpu, s.camera, scene.radius(), s.settings.render, s.viewport, &styles);
    if (s.recorder.active()) {
      try {
        std::optional<PanelInfo> shownPanel;  // record.panel: the clip shows the panel as the window does
        if (shown.record.panel) {
          shownPanel = describeForPanel(scene, atTime(shown, static_cast<float>(s.clock)), rendererName, frameMs);
          shownPanel->recording = true;
          shownPanel->recordSeconds = s.recorder.clipSeconds();
        }
        s.recorder.capture(scene, s.camera, shown, styles, logo, caption, shownPanel ? &*shownPanel : nullptr);
      } catch (const UserError&) {  // e.g. the disk filled up: keep running, say so, keep the partial file
        s.recorder.stop();  // finishing reports the encoder's error
      }
      glBindFramebuffer(GL_FRAMEBUFFER, 0);
      glViewport(0, 0, fbW, fbH);
      s.wake();
    }
    const bool pulsing = std::find(styles.highlighted.begin(), styles.highlighted.end(), 1) != styles.highlighted.end();
    if (pulsing || !styles.lines.empty() || shown.pose.walking) s.wake();  // highlights breathe, tension flows, legs walk

    if ((s.hoverPending || s.clickPending) && !s.uiHasMouse()) {
      double x, y;
      glfwGetCursorPos(window.handle(), &x, &y);
      s.hovered = picker.pick(*scene.gpu, s.camera, scene.radius(), s.viewport.width, s.viewport.height, ViewScene::pickable(styles), styles.joints, styles.variant,
                              static_cast<int>(x * s.pixelRatio), static_cast<int>(y * s.pixelRatio));
      if (s.clickPending) s.settings.select = s.hovered ? scene.model.parts[*s.hovered].name : std::string();
    }
    s.hoverPending = s.clickPending = false;

    s.imgui->beginFrame(fbW, fbH, dt);
    const Settings settingsBefore = s.settings;
    PanelActions actions;
    if (s.settings.ui.panel) {
      // Readouts of the moment on screen (a walking pose moves the compression).
      PanelInfo info = describeForPanel(scene, atTime(shown, static_cast<float>(s.clock)), rendererName, frameMs);
      info.recording = s.recorder.active();
      info.recordSeconds = s.recorder.clipSeconds();
      info.saving = s.recorder.saving();
      info.savingProgress = s.recorder.savingProgress();
      info.recordMessage = s.recordMessage;
      info.openPath = &s.openPath;
      info.recentModels = s.recent.paths;
      info.recentMissing = s.recentMissing;
      info.opening = s.opener.busy();
      info.openingName = s.opener.path().filename().string();
      info.openingSeconds = s.opener.seconds();
      info.openingProgress = s.opener.progress();
      info.openMessage = s.openMessage;
      info.userPresets = &s.views;
      info.presetName = &s.viewName;
      info.presetMessage = s.viewMessage;
      drawPanel(s.settings, info, {static_cast<float>(winW) - panelW, 0, panelW, static_cast<float>(winH)}, &actions);
    }
    if (s.recorder.active()) drawRecordingIndicator(s.recorder.clipSeconds());
    if (s.recorder.saving()) drawSavingProgress(s.recorder.savingProgress());
    if (s.hovered && !s.uiHasMouse() && !s.dragging && !s.panning) drawHoverLabel(scene.nameOf(*s.hovered, s.settings.names));
    const ScreenRect view{0, 0, static_cast<float>(s.viewport.width) / s.pixelRatio, static_cast<float>(winH)};
    drawOverlay(scene, shown, styles, s.camera, view, caption, logo);
    s.imgui->endFrame();
    if (actions.saveView || actions.applyView >= 0 || actions.deleteView >= 0) savedViewAction(s, actions);
    if (actions.applyView >= 0 ||
        s.settings.scenario != settingsBefore.scenario || s.settings.preset != settingsBefore.preset)
      s.tween.start(shown, 1.2f);  // ease tensions, pose and layers from what was on screen
    bool cameraMoved = false, reframed = actions.presetApplied || actions.applyView >= 0;
    for (const OptionSpec& spec : OptionRegistry::instance().all()) {
      if (!spec.has(role::kCamera) || sameValue(spec, settingsBefore, s.settings)) continue;
      cameraMoved = true;
      reframed |= spec.has(role::kReframes);
    }
    // A preset's camera, even where the mouse had turned away from the same settings.
    if (cameraMoved || reframed) s.goToSettingsView(reframed ? kPresetSeconds : kSettleSeconds * 0.4f);

    if (!actions.openModel.empty() && !s.opener.busy()) {
      s.openMessage.clear();
      s.opener.start(actions.openModel, {s.settings.model.units, s.settings.model.up}, s.settings.model.mapping);
    }
    if (actions.cancelOpen) s.opener.cancel();
    if (actions.toggleRecording || s.toggleRecording) toggleRecording(s, cmd);
    s.toggleRecording = false;
    if (actions.savePicture || s.takePicture) {  // the frame just drawn, at the size preset
      const ClipSize& size = kClipSizes.at(static_cast<std::size_t>(s.settings.record.size));
      s.recordMessage = savePicture(scene, s.camera, shown, styles, logo, caption, size.width, size.height, defaultPicturePath());
    }
    s.takePicture = false;

    const bool lastFrame = cmd.exitAfterFrames && frames + 1 >= cmd.exitAfterFrames;
    if (lastFrame && cmd.windowShot) {
      Image shot = readPixels(0, 0, fbW, fbH);
      for (std::size_t i = 3; i < shot.rgba.size(); i += 4) shot.rgba[i] = 255;  // a window's alpha means nothing
      writePng(shot, *cmd.windowShot);
    }
    window.swap();
    frameMs = std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - t0).count();
    --s.redrawFrames;
    if (cmd.glStrict) gl::checkErrors("frame");
    if (cmd.exitAfterFrames && ++frames >= cmd.exitAfterFrames) break;
  }
  // Remember the window and the preferences changed in the panel (not what a storyboard set).
  glfwGetWindowSize(window.handle(), &prefs.windowWidth, &prefs.windowHeight);
  prefs.panelLayout = s.imgui->layout();
  try {
    savePreferences(configFolder, prefs, startup, s.board ? startup : s.settings);
  } catch (const UserError& e) {
    std::fprintf(stderr, "hipscope: could not remember the settings: %s\n", e.what());
  }
  s.recorder.stop();  // closing the window finishes the clip
  if (s.recorder.saving()) s.recordMessage = s.recorder.waitUntilSaved();
  const bool clipFailed = !s.recordMessage.empty() && s.recordMessage.rfind("saved ", 0) != 0;
  if (clipFailed) std::fprintf(stderr, "hipscope: error: %s\n", s.recordMessage.c_str());
  else if (cmd.record && !s.recordMessage.empty()) std::printf("hipscope: %s\n", s.recordMessage.c_str());
  s.imgui.reset();
  if (cmd.glStrict && gl::errorCount() > 0) {
    std::fprintf(stderr, "hipscope: error: %d OpenGL error(s), last: %s\n", gl::errorCount(), gl::lastError().c_str());
    return 3;
  }
  return clipFailed && cmd.record ? 2 : 0;  // --record asked for a clip on the command line: say it failed
}

}  // namespace hipscope
