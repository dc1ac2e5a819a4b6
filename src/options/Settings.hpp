// The typed state every front end edits: CLI --set, ImGui widgets, presets, storyboards and tests.
#pragma once
#include <array>
#include <map>
#include <string>

#include "options/Enums.hpp"

namespace hipscope {

struct CameraSettings {
  ViewPreset view = ViewPreset::Posterior;
  float orbitYaw = 0.0f;    // degrees added to the view's yaw (turn around the body axis)
  float orbitPitch = 0.0f;  // degrees added to the view's pitch (look from above or below)
  float roll = 0.0f;        // degrees the picture turns (90: a standing body lies across the screen, head left)
  float zoom = 1.0f;        // 1 = the whole model framed; 2 = twice as close
  float fov = 30.0f;        // vertical field of view, degrees
  CameraFocus focus = CameraFocus::Whole;
};

struct RenderSettings {
  Background background = Background::Studio;
  bool wireframe = false;
  bool xray = false;  // ghost every muscle except highlighted ones; bones and nerves stay solid
  float peel = 0.0f;  // 0..1: fades the muscle layers away from the outside in
  float lightIntensity = 1.0f;
};

struct UiSettings {
  bool panel = true;
  float scale = 1.0f;                  // multiplied with the monitor's content scale
  Language language = Language::Auto;  // the patient's language (auto: the system's)
};

// Live recording from the window: indices into recording/ClipFormats.hpp's tables.
struct RecordSettings {
  int size = 0;                             // 720p
  int fps = 1;                              // 30
  std::string watermark;                    // e.g. the clinic's name, drawn in a corner of clips and screenshots
  std::string logo;                         // a PNG drawn in that corner (ui/Logo.hpp), the text below it
  bool panel = false;                       // live clips show the side panel too (a walkthrough of the app)
  HandoutPaper paper = HandoutPaper::Auto;  // the handout's paper size
};

// Joint angles in degrees (see mechanics/Mechanics.hpp for the directions).
struct PoseSettings {
  float hipFlexionL = 0, hipFlexionR = 0;
  float hipAbductionL = 0, hipAbductionR = 0;
  float hipRotationL = 0, hipRotationR = 0;  // + internal
  float lumbarFlexion = 0;
  float lumbarSideBend = 0;                    // + toward the left, shared over L1-L5
  float kneeFlexionL = 0, kneeFlexionR = 0;    // + bent, the heel toward the buttock
  float ankleFlexionL = 0, ankleFlexionR = 0;  // + toes up (dorsiflexion)
  bool walking = false;                        // an animated gait cycle on top of the angles above (mechanics/Gait.hpp)
};

struct LayerSettings {
  bool visible = true;
  float opacity = 1.0f;  // below 1 the layer is ghosted: deeper structures show through
};

// How a model file is read (--model and the panel's Open; the built-in model ignores these).
struct ModelSettings {
  ModelUnits units = ModelUnits::Auto;
  ModelUp up = ModelUp::Auto;
  std::string mapping;  // mapping file (anatomy/Mapping.hpp); empty: MODEL-STEM.mapping.json beside it, if there
};

struct AnatomySettings {
  SciaticCourse sciatic = SciaticCourse::Below;  // both sides
};

// The skin's opacity by default: a faint body outline over the anatomy, like an X-ray's soft tissue.
inline constexpr float kSkinGhostOpacity = 0.2f;

// Every layer solid, but the skin ghosted.
inline std::array<LayerSettings, kLayerCount> defaultLayers() {
  std::array<LayerSettings, kLayerCount> layers{};
  layers[static_cast<std::size_t>(LayerId::Skin)].opacity = kSkinGhostOpacity;
  return layers;
}

struct Settings {
  std::array<LayerSettings, kLayerCount> layers = defaultLayers();  // indexed by LayerId
  std::string select;          // structure id shown highlighted, with its info card
  std::string hidden;          // comma-separated structure ids (or ids without _l/_r for both sides)
  std::string isolate;         // when set, only this structure (or both sides of it) is shown
  std::string painSites;       // pain map zones, comma-separated ("buttock_r,calf_r"; "buttock" for both sides)
  bool painCandidates = true;  // with pain marked: its likely sources highlighted, with lines to it
  bool labels = false;         // name the structures that matter in the view
  bool highlightDeep = false;  // the deep muscles under the gluteals in the highlight colour
  NameMode names = NameMode::Both;
  NameWording nameWording = NameWording::Everyday;  // the plain names' wording (formal: no "butt")
  float time = 0.0f;                                // seconds; drives pulsing highlights in headless frames
  int preset = 0;                                   // index into presets(), the last one applied
  int scenario = 0;                      // index into scenarios(), the last one applied (its caption is shown)
  int stretch = 0;                       // index into stretches(), the self-care stretch shown (0: none)
  int stretchSide = 1;                   // the stretched side: 0 left, 1 right
  std::map<std::string, float> tension;  // muscle id ("piriformis_r"), id without side, or group -> 0..1
  CameraSettings camera;
  PoseSettings pose;
  AnatomySettings anatomy;
  ModelSettings model;
  RenderSettings render;
  UiSettings ui;
  RecordSettings record;
};

}  // namespace hipscope
