// The frame recipe.
#include "frame/Frame.hpp"

#include <algorithm>
#include <cmath>

#include "render/Readback.hpp"
#include "render/Screen.hpp"

namespace hipscope {

float overlayScale(const Settings& settings, int height) {
  return settings.ui.scale * std::max(1.0f, static_cast<float>(height) / 1080.0f);
}

FrameLayout offscreenLayout(const Settings& settings, int width, int height, bool panel) {
  const int view = panel ? std::max(16, width - static_cast<int>(panelWidth(overlayScale(settings, height)))) : width;
  return {width, height, view, 1.0f};
}

namespace {

// The frame's camera with the aspect of its 3D view.
OrbitCamera viewCamera(const FrameContent& content, const FrameLayout& layout) {
  OrbitCamera camera = content.camera;
  camera.aspect = static_cast<float>(layout.viewWidth) / static_cast<float>(layout.height);
  return camera;
}

}  // namespace

FrameStats FrameRenderer::drawScene(const FrameContent& content, const FrameLayout& layout,
                                    const RenderTarget* target) {
  const OrbitCamera camera = viewCamera(content, layout);
  const ViewScene& scene = content.scene;
  if (target && layout.viewWidth >= layout.width)  // the 3D view is the whole frame: straight into the target
    return renderer_.renderInto(*target, *scene.gpu, camera, scene.radius(), content.shown.render, &content.styles);
  if (target)
    target->bind();
  else
    bindWindowFramebuffer(layout.width, layout.height);
  clearFrame(target == nullptr);
  return renderer_.render(*scene.gpu, camera, scene.radius(), content.shown.render,
                          {0, 0, layout.viewWidth, layout.height}, &content.styles, target ? 1.0f : layout.viewScale);
}

void FrameRenderer::renderIds(const FrameContent& content, const FrameLayout& layout) {
  ids_ = IdImage();
  if (!content.shown.labels) return;
  const int step = std::max(1, static_cast<int>(std::lround(layout.height / 360.0)));
  const int width = std::max(1, layout.viewWidth / step), height = std::max(1, layout.height / step);
  const PartStyles& st = content.styles;
  const std::vector<char> shown = ViewScene::pickable(st);  // ghosts seen through, as a click does
  idRenderer_.render(*content.scene.gpu, viewCamera(content, layout), content.scene.radius(), width, height, &shown,
                     &st.joints, &st.variant);
  ids_ = {width, height, idRenderer_.readAll()};
}

void FrameRenderer::drawImGui(const FrameContent& content, const FrameLayout& layout, ImGuiLayer& imgui, float dt,
                              const FrameUi& ui, bool warmUp) {
  const OrbitCamera camera = viewCamera(content, layout);
  for (int pass = warmUp ? 0 : 1; pass < 2; ++pass) {
    imgui.beginFrame(layout.width, layout.height, dt);
    if (ui) ui(layout.panelRect());
    drawOverlay(content.scene, content.shown, content.styles, camera, layout.viewRect(), content.caption, content.logo,
                ids_.ids.empty() ? nullptr : &ids_);
    if (pass == 0)
      imgui.discardFrame();
    else
      imgui.endFrame();
  }
}

FrameStats FrameRenderer::drawToWindow(const FrameContent& content, const FrameLayout& layout, ImGuiLayer& imgui,
                                       float dt, const FrameUi& ui) {
  renderIds(content, layout);
  const FrameStats stats = drawScene(content, layout, nullptr);
  drawImGui(content, layout, imgui, dt, ui, false);
  return stats;
}

FrameStats FrameRenderer::drawOffscreen(const FrameContent& content, const FrameLayout& layout, float dt,
                                        const FrameUi& ui, bool warmUp) {
  if (!target_ || target_->width() != layout.width || target_->height() != layout.height)
    target_.emplace(layout.width, layout.height);
  renderIds(content, layout);
  const FrameStats stats = drawScene(content, layout, &*target_);
  if (ui || hasOverlay(content.shown, content.caption)) {
    const float scale = overlayScale(content.shown, layout.height);
    if (!imgui_ || imguiScale_ != scale) {  // fonts are baked at a size
      imgui_.reset();
      imgui_ = std::make_unique<ImGuiLayer>(nullptr, scale);
      imguiScale_ = scale;
    }
    target_->bind();
    drawImGui(content, layout, *imgui_, dt, ui, warmUp);
  }
  target_->bind();
  return stats;
}

Image FrameRenderer::readBack() const {
  if (!target_) return {};
  target_->bind();
  return readPixels(0, 0, target_->width(), target_->height());
}

}  // namespace hipscope
