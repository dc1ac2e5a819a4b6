// What is drawn over the 3D view in the window, stills, pictures and clips: the caption, the labels
// (kept above it) and the clinic's watermark. Call between ImGuiLayer::beginFrame and endFrame.
#pragma once
#include <string>

#include "app/ViewScene.hpp"
#include "ui/Labels.hpp"
#include "ui/Logo.hpp"

namespace hipscope {

struct Caption {
  std::string title, subtitle;
  float opacity = 1.0f;  // fades in and out in storyboards
};

inline void drawOverlay(const ViewScene& scene, const Settings& settings, const PartStyles& styles, const OrbitCamera& camera,
                        const ScreenRect& view, const Caption& caption, const Logo* logo) {
  const float captionTop = drawCaption(caption.title, view, caption.opacity, caption.subtitle);
  drawLabels(scene.labels(settings, styles, camera, view), aboveCaption(view, captionTop));
  drawWatermark(settings.record.watermark, view, logo);
}

}  // namespace hipscope
