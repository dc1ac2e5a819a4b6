// What the 3D view shows: the loaded model, its GPU copy, the roles of its parts (resolved once, when
// it loads), and what a frame draws of it: the draw list (per-part styles) from the body state, the
// labels, and the camera framing it.
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/Catalog.hpp"
#include "anatomy/Layers.hpp"
#include "mechanics/Body.hpp"
#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "render/SceneRenderer.hpp"
#include "scene/Model.hpp"
#include "scene/OrbitCamera.hpp"
#include "view/CaptionPlace.hpp"
#include "view/LabelPlan.hpp"
#include "view/ModelSource.hpp"
#include "view/ScreenRect.hpp"
#include "view/SkinZones.hpp"

namespace hipscope {

// What each part is, for drawing, found once by name and catalog when the model loads (never per frame).
// At most this many labels at once; with more candidates than kBothSidesUpTo, one side of a pair.
inline constexpr std::size_t kMaxLabels = 8, kBothSidesUpTo = 4;

struct PartRoles {
  std::vector<char> deep;              // 1: a deep muscle under the gluteals, lit by highlight.deep
  std::vector<char> strainGlow;        // 1: glows with the low-back strain (L4, L5, their discs, sacrum, hip bones)
  std::vector<int> through;            // index of the part's "through the piriformis" variant, or -1
  std::array<int, 2> sciatic{-1, -1};  // part index of the left and right sciatic nerve
  int lumbarL5 = -1;                   // index of joint lumbar_l5 in Mechanics::joints(), where the strain glows
};

struct ViewScene {
  Model model;
  std::optional<Catalog> catalog;
  std::optional<Mechanics> mechanics;
  std::vector<LayerId> layers;     // per part
  std::vector<glm::vec3> centres;  // per part: mean of its vertices, where its label points
  std::vector<int> centreJoints;   // per part: the joint (Model::jointNames) most of its vertices move with, or -1
  int skinPart = -1;               // the built-in skin, divided into pain zones (view/SkinZones); -1: none
  std::vector<ZoneTag> skinTags;   // per vertex of the skin part
  std::array<ZoneCentre, kZoneCount> zones{};  // where each zone lies, rest pose
  Bounds anatomyBounds;                        // every part but the skin: what the views frame
  std::unique_ptr<GpuModel> gpu;
  bool builtIn = false;  // the generated anatomy: closed, outward-wound meshes
  PartRoles roles;
  BodyModel bodyModel;  // joint slots, fibre ends and the sciatic contact's structures

  explicit ViewScene(LoadedModel loaded);

  // The body for the settings on screen at `seconds`: computed once a frame, handed to styles() and the panel.
  Body body(const Settings& shown, float seconds) const {
    return computeBody(model, bodyModel, mechanics ? &*mechanics : nullptr, shown, seconds);
  }
  // Everything the renderer needs to know per part for this body at time `seconds`.
  PartStyles styles(const Body& body, float seconds) const;
  PartStyles styles(const Settings& shown, float seconds) const { return styles(body(shown, seconds), seconds); }

  // Labels for the structures that matter in this view, most important first (see chooseLabelled):
  // the selected one, the sciatic nerve, the highlighted ones and the tense muscles, each where it
  // shows in `ids` (the frame's id image over `view`), ghosts and hidden parts left out. Each anchor
  // is on its own structure's visible pixels, `minApart` pixels from the others where it can be
  // (spreadAnchors). Without an id image, anchors are the parts' centres projected into `view`.
  std::vector<LabelRequest> labels(const Settings& settings, const PartStyles& st, const OrbitCamera& camera,
                                   const ScreenRect& view, const IdImage* ids = nullptr, float minApart = 24.0f) const;
  // Screen points (in `view`, ImGui coordinates) on the structures this frame is about: the tense
  // muscles, the highlighted and selected ones, the sciatic nerve where a muscle is tense or presses on
  // it, and the low-back bones while they glow; a few thousand posed vertices at most. Captions keep
  // off them (view/CaptionPlace).
  std::vector<SubjectPoint> subjectPoints(const PartStyles& st, const OrbitCamera& camera,
                                          const ScreenRect& view) const;
  // Where structure `id`'s centre falls in `view` (ImGui coordinates), if the model has it and it is
  // in front of the camera.
  std::optional<glm::vec2> screenPointOf(const std::string& id, const OrbitCamera& camera,
                                         const ScreenRect& view) const;
  std::vector<char> visible(const Settings& settings) const { return visibleParts(model, layers, settings); }
  // Parts a click or the coverage report can land on: drawn, not ghosted below half opacity, and not
  // the skin (a click through it finds what lies under it).
  static std::vector<char> pickable(const PartStyles& st);

  const Structure* structure(const std::string& id) const { return catalog ? catalog->find(id) : nullptr; }
  // The name a person reads for part `index`, in the chosen naming mode (the node name without a catalog).
  std::string nameOf(std::size_t index, NameMode mode, NameWording wording = NameWording::Everyday) const;
  float radius() const { return model.bounds.radius(); }

  // What the camera frames, posed: the anatomy (the skin left out), only the isolated structure(s), or
  // the pelvis with the low back and the tops of the thighs (camera.focus=pelvis), as points (every
  // few vertices, at most about 30,000), so the projection of the body itself fills the frame.
  std::vector<glm::vec3> framing(const Settings& settings) const;
  // Camera for the settings' view, orbit and zoom at this aspect ratio.
  OrbitCamera cameraFor(const Settings& settings, float aspect) const {
    return cameraFor(settings, settings.camera, aspect);
  }
  OrbitCamera cameraFor(const Settings& settings, const CameraSettings& s, float aspect) const;

 private:
  std::vector<StyledLine> styledLines(const std::vector<TensionLine>& lines) const;
  std::vector<GlowSpot> strainSpots(const Body& body) const;
};

// The caption of the scenario in force ("" when none).
std::string captionOf(const Settings& settings);

}  // namespace hipscope
