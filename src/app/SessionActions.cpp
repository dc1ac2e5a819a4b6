// The window's session actions.
#include "app/SessionActions.hpp"

#include <cstdio>

#include <GLFW/glfw3.h>

#include "app/QuitSafely.hpp"
#include "base/Error.hpp"
#include "frame/Handout.hpp"
#include "frame/Picture.hpp"
#include "options/ClipFormats.hpp"
#include "options/OptionRegistry.hpp"
#include "render/Screen.hpp"
#include "session/DroppedFile.hpp"

namespace hipscope {

void toggleRecording(WindowState& s) {
  Clips& c = s.clips;
  if (c.recorder.active()) {
    c.recorder.stop();  // saved in the background; the outcome arrives through poll()
    c.message.clear();
    return;
  }
  if (c.recorder.saving()) return;  // the progress bar is up: one clip at a time
  const CommandLine& cmd = s.cmd;
  const bool fromCommandLine = cmd.record && !c.usedRecordPath;
  c.usedRecordPath = c.usedRecordPath || fromCommandLine;
  const ClipSize& size = kClipSizes.at(static_cast<std::size_t>(s.settings.record.size));
  const int width = cmd.sizeGiven ? cmd.width : size.width, height = cmd.sizeGiven ? cmd.height : size.height;
  const int fps = cmd.fps ? cmd.fps : kClipFps.at(static_cast<std::size_t>(s.settings.record.fps));
  try {
    c.recorder.start(fromCommandLine ? *cmd.record : defaultClipPath(), width, height, fps, s.scene, rendererName());
    c.message.clear();
  } catch (const UserError& e) {
    if (fromCommandLine) throw;  // a wrong --record path is a command-line mistake: say so and exit
    c.message = e.what();
  }
}

void followClipSaving(WindowState& s) {
  LiveRecorder& r = s.clips.recorder;
  if (!r.saving()) return;
  // A few clip frames per window frame.
  r.renderSome(s.clips.frames, s.clips.logos, s.quit.whenSaved ? kQuitRenderBudget : kClipRenderBudget);
  if (std::optional<std::string> outcome = r.poll()) s.clips.message = *outcome;
  s.wake();  // keep drawing the progress bar until the file is finished
  quitWhenSaved(s);
}

void followModelOpening(WindowState& s) {
  ModelFiles& m = s.models;
  if (std::optional<FileChoice> choice = m.chooser.poll()) {  // "Open...": what the person chose
    if (choice->path && !m.opener.busy()) {
      m.message.clear();
      m.opener.start(*choice->path, {s.settings.model.units, s.settings.model.up}, s.settings.model.mapping);
    } else if (!choice->message.empty()) {
      m.message = choice->message;
    }
    s.wake();
  }
  if (!m.opener.busy()) return;
  s.wake();  // count the seconds
  std::optional<ModelOpener::Outcome> outcome = m.opener.poll();
  if (!outcome) return;
  if (!outcome->model) {
    m.message = outcome->error;  // the current model stays
    s.notice = outcome->error;   // said at the top too: the Model section may be closed
    std::fprintf(stderr, "hipscope: %s\n", outcome->error.c_str());
    m.lookForRecent();
    return;
  }
  if (s.clips.recorder.active()) toggleRecording(s);  // the clip ends with its model (and is rendered from it)
  const std::string name = std::filesystem::path(outcome->model->model.source).filename().string();
  std::fprintf(stderr, "hipscope: opened %s\n", name.c_str());
  s.scene = std::make_unique<ViewScene>(std::move(*outcome->model));
  s.picker = Picker();
  s.pointer.hovered.reset();
  // Names from the old model mean nothing in the new one.
  s.settings.select.clear(), s.settings.hidden.clear(), s.settings.isolate.clear(), s.settings.tension.clear();
  s.settings.scenario = 0;
  s.tween = SettingsTween();
  s.playback = Playback();  // a storyboard names the old model's structures: it stops
  glfwSetWindowTitle(s.window.handle(), ("Hipscope — " + name).c_str());
  m.message.clear();
  try {
    rememberModel(m.recentFile, m.recent, std::filesystem::absolute(m.opener.path()).string());
  } catch (const UserError& e) {
    m.message = e.what();
  }
  s.goToSettingsView(kPresetSeconds);
  m.lookForRecent();
}

void openDropped(WindowState& s) {
  if (s.drops.empty()) return;
  const DropPlan plan = planDrop(s.drops);
  s.drops.clear();
  s.wake();
  std::string message = plan.message;
  auto say = [&message](const std::string& line) { message += (message.empty() ? "" : "; ") + line; };
  if (plan.open && plan.open->kind == DroppedFile::Kind::Model) {
    if (s.models.opener.busy()) {
      say(s.models.opener.path().filename().string() + " is still being opened; drop " +
          plan.open->path.filename().string() + " again once it has loaded");
    } else {
      s.models.message.clear();
      s.models.opener.start(plan.open->path, {s.settings.model.units, s.settings.model.up}, s.settings.model.mapping);
    }
  } else if (plan.open) {  // a storyboard: checked whole before it plays, as --storyboard is
    try {
      auto board = std::make_shared<Storyboard>(loadStoryboard(plan.open->path, s.settings));
      for (const StoryStep& step : board->steps) {
        checkStructureOptions(step.settings, s.scene->model);
        s.clips.logos.get(step.settings.record.logo);
      }
      s.playback = {board.get(), board, 0.0f, true};
    } catch (const UserError& e) {
      say(e.what());
    }
  }
  if (message.empty()) return;
  s.notice = message;
  std::fprintf(stderr, "hipscope: %s\n", message.c_str());  // for a log too
}

void savedViewAction(WindowState& s, const PanelActions& actions) {
  SavedViews& v = s.views;
  UserPresets next = v.views;
  std::string done;
  if (actions.saveView) {
    if (std::string why = checkPresetName(s.fields.viewName); !why.empty()) {
      v.message = why;
      return;
    }
    // The camera as the mouse left it (turned, tilted, zoomed), in the terms of the view preset.
    Settings shown = s.settings;
    const OrbitCamera lens = s.scene->cameraFor(s.settings, s.camera.aspect);
    shown.camera = orbitSettingsFor(s.transition.active() ? s.transition.target() : s.camera.pose,
                                    s.scene->framing(s.settings), lens, s.settings.camera);
    if (!putUserPreset(next, {s.fields.viewName, captureView(shown), ""})) {
      v.message = "at most " + std::to_string(kMaxUserPresets) + " views; right-click one to forget it first";
      return;
    }
    done = "saved \"" + s.fields.viewName + "\"";
  } else if (actions.deleteView >= 0 && static_cast<std::size_t>(actions.deleteView) < next.presets.size()) {
    done = "forgot \"" + next.presets[static_cast<std::size_t>(actions.deleteView)].name + "\"";
    next.presets.erase(next.presets.begin() + actions.deleteView);
  } else if (actions.applyView >= 0 && static_cast<std::size_t>(actions.applyView) < v.views.presets.size()) {
    try {
      Settings shown = s.settings;  // all of it or nothing
      applyUserPreset(shown, v.views.presets[static_cast<std::size_t>(actions.applyView)]);
      s.settings = shown;
      v.message.clear();
    } catch (const UserError& e) {  // a name only this model can check, e.g. a structure it lacks
      v.message = e.what();
    }
    return;
  }
  try {
    saveUserPresets(v.file, next);
    v.views = std::move(next);
    v.message = done;
    if (actions.saveView) s.fields.viewName.clear();
  } catch (const UserError& e) {
    v.message = e.what();
  }
}

namespace {

// Where a camera option changed (in the panel, or a preset's or saved view's camera, even where the
// mouse had turned away from the same settings), the camera eases there.
void followCameraSettings(WindowState& s, const PanelActions& actions, const Settings& before) {
  bool moved = false, reframed = actions.presetApplied || actions.applyView >= 0;
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (!spec.has(role::kCamera) || sameValue(spec, before, s.settings)) continue;
    moved = true;
    reframed |= spec.has(role::kReframes);
  }
  if (moved || reframed) s.goToSettingsView(reframed ? kPresetSeconds : kSettleSeconds * 0.4f);
}

}  // namespace

void applyActions(WindowState& s, const PanelActions& actions, const Settings& before, const FrameContent& content) {
  if (actions.saveView || actions.applyView >= 0 || actions.deleteView >= 0) savedViewAction(s, actions);
  if (actions.applyView >= 0 || s.settings.scenario != before.scenario || s.settings.preset != before.preset ||
      s.settings.stretch != before.stretch || s.settings.stretchSide != before.stretchSide)
    s.tween.start(content.shown, 1.2f);  // ease tensions, pose and layers from what was on screen
  followCameraSettings(s, actions, before);
  if (!actions.openModel.empty() && !s.models.opener.busy()) {
    s.models.message.clear();
    s.models.opener.start(actions.openModel, {s.settings.model.units, s.settings.model.up}, s.settings.model.mapping);
  }
  if (actions.cancelOpen) s.models.opener.cancel();
  if (actions.chooseModel && !s.models.chooser.busy())
    s.models.chooser.start("Open a model in Hipscope",
                           {"3D models (OBJ, glTF/GLB, FBX, STL, PLY, DAE)",
                            {"*.obj", "*.OBJ", "*.gltf", "*.glb", "*.GLB", "*.fbx", "*.FBX", "*.stl", "*.STL", "*.ply",
                             "*.PLY", "*.dae", "*.DAE"}},
                           [] { glfwPostEmptyEvent(); });
  if (actions.dismissNotice) s.notice.clear();
  if (actions.toggleRecording || s.clips.toggleRecording) toggleRecording(s);
  s.clips.toggleRecording = false;
  if (actions.savePicture || s.clips.takePicture) {  // the frame just drawn, at the size preset
    const ClipSize& size = kClipSizes.at(static_cast<std::size_t>(s.settings.record.size));
    s.clips.message = savePicture(s.clips.frames, content, size.width, size.height, defaultPicturePath());
  }
  s.clips.takePicture = false;
  if (actions.saveHandout)  // the view as the mouse left it, in ~/Documents
    s.clips.message = saveHandout(s.clips.frames, *s.scene, content.shown, s.camera, defaultHandoutPath());
  answerQuit(s, s.quit.answer);
  s.quit.answer = QuitAnswer::None;
}

}  // namespace hipscope
