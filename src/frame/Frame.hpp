// The one frame recipe, shared by the window, stills (--output), offline clips (--record), live clips
// (F9), pictures (F12) and the tests: the 3D view drawn into the frame's left part, the backdrop of the
// panel beside it, then one ImGui frame with the caller's UI (the panel, the REC badge) and the overlay
// (caption, labels, watermark), and for offscreen frames the pixels read back.
#pragma once
#include <functional>
#include <memory>
#include <optional>

#include "base/Image.hpp"
#include "render/IdRenderer.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"
#include "scene/OrbitCamera.hpp"
#include "ui/ImGuiLayer.hpp"
#include "ui/Overlay.hpp"
#include "ui/Panel.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

// What one frame shows.
struct FrameContent {
  const ViewScene& scene;
  const Settings& shown;     // the settings on screen (eased, posed by the storyboard)
  const PartStyles& styles;  // this frame's draw list (ViewScene::styles of the frame's body)
  OrbitCamera camera;        // its aspect is set to the 3D view's
  Caption caption;
  const Logo* logo = nullptr;
};

// How a frame is laid out: the 3D view on the left, the panel (if any) on the right.
struct FrameLayout {
  int width = 0, height = 0;  // the whole frame, framebuffer pixels
  int viewWidth = 0;          // the 3D view's width (the whole width when there is no panel)
  float pixelRatio = 1.0f;    // framebuffer pixels per ImGui coordinate (a HiDPI window's)
  float viewScale = 1.0f;     // the window's 3D view drawn at this fraction of its pixels, stretched (a drag)

  ScreenRect viewRect() const { return {0, 0, viewWidth / pixelRatio, height / pixelRatio}; }
  PanelLayout panelRect() const {
    return {viewWidth / pixelRatio, 0, (width - viewWidth) / pixelRatio, height / pixelRatio};
  }
};

// The type size of frames `height` pixels high: the settings' ui.scale, larger from 1080 lines up,
// so a clip, a picture and a still of one size look alike.
float overlayScale(const Settings& settings, int height);
// The layout of an offscreen frame: the whole frame for the 3D view, or with the panel beside it.
FrameLayout offscreenLayout(const Settings& settings, int width, int height, bool panel);

// What the caller draws in the frame's ImGui frame before the overlay, given the panel's place.
using FrameUi = std::function<void(const PanelLayout& panel)>;

class FrameRenderer {
 public:
  // Into the window's framebuffer, with the window's own ImGui layer (it takes input). The ImGui frame
  // is always drawn: the window's UI lives there.
  FrameStats drawToWindow(const FrameContent& content, const FrameLayout& layout, ImGuiLayer& imgui, float dt,
                          const FrameUi& ui);
  // Into this renderer's own target, `layout.width` x `layout.height`, with its own ImGui layer at
  // overlayScale (made on first use, and again when the scale changes). The ImGui frame is skipped
  // when there is nothing to draw in it. `warmUp`: lay ImGui out once unseen first (it sizes windows
  // from the frame before). Leaves the target bound.
  FrameStats drawOffscreen(const FrameContent& content, const FrameLayout& layout, float dt = 1.0f / 60.0f,
                           const FrameUi& ui = {}, bool warmUp = false);
  // The pixels of the frame just drawn offscreen (top row first; premultiplied alpha).
  Image readBack() const;

 private:
  FrameStats drawScene(const FrameContent& content, const FrameLayout& layout, const RenderTarget* target);
  // With labels on: which part shows where in the 3D view, at about 360 lines (leaves a target of
  // its own bound).
  void renderIds(const FrameContent& content, const FrameLayout& layout);
  void drawImGui(const FrameContent& content, const FrameLayout& layout, ImGuiLayer& imgui, float dt, const FrameUi& ui,
                 bool warmUp);

  SceneRenderer renderer_;
  IdRenderer idRenderer_;
  IdImage ids_;  // this frame's, when it has labels
  std::optional<RenderTarget> target_;
  std::unique_ptr<ImGuiLayer> imgui_;
  float imguiScale_ = 0.0f;
};

}  // namespace hipscope
