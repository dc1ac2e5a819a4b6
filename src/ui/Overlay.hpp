// What is drawn over the 3D view in the window, stills, pictures and clips: the caption, the labels
// (kept above it) and the clinic's watermark. Call between ImGuiLayer::beginFrame and endFrame.
#pragma once
#include <string>

#include "render/SceneRenderer.hpp"
#include "scene/OrbitCamera.hpp"
#include "view/ScreenRect.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

struct Logo;

struct Caption {
  std::string title, subtitle;
  float opacity = 1.0f;  // fades in and out in storyboards
};

// `ids`: the frame's id image over `view`, where the labels' leader lines end (see ViewScene::labels).
void drawOverlay(const ViewScene& scene, const Settings& settings, const PartStyles& styles, const OrbitCamera& camera,
                 const ScreenRect& view, const Caption& caption, const Logo* logo, const IdImage* ids = nullptr);

// Whether drawOverlay would draw anything for these settings and this caption.
bool hasOverlay(const Settings& settings, const Caption& caption);

}  // namespace hipscope
