// What the window keeps between frames, in named parts: the pointer, the model and its opening, the
// saved views, clips and pictures, storyboard playback, and the scene on screen with its camera.
// WindowInput fills the pointer from GLFW's callbacks; SessionActions carries out what the panel and
// the keys ask for; Interactive runs the frame's phases over it.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/UserConfig.hpp"
#include "frame/Frame.hpp"
#include "frame/LiveRecorder.hpp"
#include "options/UserPresets.hpp"
#include "platform/FileChooser.hpp"
#include "platform/Window.hpp"
#include "recording/Storyboard.hpp"
#include "session/CommandLine.hpp"
#include "session/ModelOpener.hpp"
#include "ui/ImGuiLayer.hpp"
#include "ui/Logo.hpp"
#include "ui/Panel.hpp"
#include "ui/QuitQuestion.hpp"
#include "view/Picker.hpp"
#include "view/SettingsTween.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

inline constexpr float kPresetSeconds = 0.6f;
inline constexpr float kSettleSeconds = 0.25f;

// The mouse over the 3D view.
struct Pointer {
  bool dragging = false, panning = false;
  bool painting = false;  // "Paint on the body": the left button down paints the skin's zones
  double lastX = 0, lastY = 0;
  double pressX = 0, pressY = 0;  // where the left button went down
  bool hoverPending = false, clickPending = false;
  bool moved = false;  // the view turned or moved by the pointer since the last frame (drawn at kDragViewScale)
  std::optional<std::size_t> hovered;  // part under the cursor
  double lastClickTime = -1, lastClickX = 0, lastClickY = 0;
};

// The model on screen, one being opened from the panel, and the recent list.
struct ModelFiles {
  std::filesystem::path recentFile;
  ModelOpener opener;
  FileChooser chooser;  // "Open...": the desktop's file chooser, on its own thread
  std::string message;  // why the last open failed
  RecentModels recent;
  std::vector<char> recentMissing;  // per recent model: not found when last looked (at start, after an open)
  // Not in every frame: a path on a drive that hangs would freeze the window.
  void lookForRecent();
};

// The views the user saved (presets.json).
struct SavedViews {
  std::filesystem::path file;
  UserPresets views;
  std::string message;  // the last save's outcome, or why the file could not be read
};

// Clips and pictures of the view.
struct Clips {
  LiveRecorder recorder;
  FrameRenderer frames;          // offscreen at the clip size: clips and pictures share it
  bool takePicture = false;      // F12: save a picture after this frame
  bool toggleRecording = false;  // F9 or the panel's button, handled once per frame
  bool usedRecordPath = false;   // --record's path went to the first clip; later clips get dated names
  std::string message;           // the last clip's or picture's outcome, shown in the panel
  LogoCache logos;
  std::string failedLogo;  // a logo path set in the panel that could not be read (said once)
};

// Quitting while a clip records or saves asks first (app/QuitSafely).
struct Quitting {
  bool asking = false;                   // the question is open
  bool whenSaved = false;                // "Save and quit": the window closes once the clip is saved
  QuitAnswer answer = QuitAnswer::None;  // this frame's, acted on after it
};

// --storyboard without --record: played in the window; P starts it again.
struct Playback {
  const Storyboard* board = nullptr;
  std::shared_ptr<const Storyboard> dropped;  // a storyboard dropped on the window: `board` points at it
  float time = 0;
  bool playing = false;
};

struct WindowState {
  const CommandLine& cmd;
  Window& window;
  std::shared_ptr<ViewScene> scene;  // shared with a clip still being rendered from it
  Settings settings;                 // what the panel, keys and presets set
  OrbitCamera camera;                // what the mouse turned
  CameraTransition transition;       // the camera easing to a new view
  SettingsTween tween;               // scenarios and presets easing into place
  std::unique_ptr<ImGuiLayer> imgui;
  float uiScale = 1.0f;  // the scale the ImGui layer was made at
  FrameRenderer frames;  // the window's own
  Picker picker;
  FrameLayout layout;        // framebuffer pixels; the 3D view on the left
  int redrawFrames = 3;      // frames still to draw after the last event (ImGui settles over a few)
  bool animated = false;     // the last frame asked for the next (a highlight breathes, tension flows, legs walk)
  double clock = 0;          // animation time, in real seconds (or --frame-seconds a frame)
  double forcedSeconds = 0;  // with --frame-seconds: the seconds the frames have stepped
  Pointer pointer;
  ModelFiles models;
  SavedViews views;
  Clips clips;
  Playback playback;
  Quitting quit;
  PanelFields fields;  // the panel's text fields
  std::string notice;  // what the window could not take (a remembered value, a dropped file), until dismissed
  std::vector<std::filesystem::path> drops;  // files dropped on the window, taken once a frame

  void wake() { redrawFrames = std::max(redrawFrames, 3); }
  bool uiHasMouse() const { return imgui && imgui->wantsMouse(); }
  // The cursor (window coordinates) in the 3D view's normalised device coordinates.
  glm::vec2 cursorNdc(double x, double y) const;
  void moveTo(const OrbitPose& target, float seconds);
  // Eases the camera to what the settings' view, orbit and zoom frame.
  void goToSettingsView(float seconds);
};

}  // namespace hipscope
