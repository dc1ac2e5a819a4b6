// Live recording: offscreen render at clip size, caption, readback, encoder.
#include "app/LiveRecorder.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <epoxy/gl.h>

#include "app/SettingsTween.hpp"
#include "app/AssetPaths.hpp"
#include "app/Overlay.hpp"
#include "app/ViewScene.hpp"
#include "ui/Panel.hpp"
#include "options/Error.hpp"
#include "render/Image.hpp"
#include "render/SceneRenderer.hpp"
#include "ui/Labels.hpp"

namespace hipscope {

void LiveRecorder::start(const std::filesystem::path& target, int width, int height, int fps) {
  auto encoder = std::make_unique<VideoEncoder>(target, width, height, fps);  // throws before any change
  width_ = width + (width & 1);
  height_ = height + (height & 1);
  fps_ = fps;
  frames_ = 0;
  target_ = target;
  target3d_ = std::make_unique<RenderTarget>(width_, height_);
  if (!renderer_) renderer_ = std::make_unique<SceneRenderer>();
  captions_ = std::make_unique<ImGuiLayer>(nullptr, std::max(1.0f, static_cast<float>(height_) / 1080.0f));
  panelLaidOut_ = false;
  encoder_ = std::move(encoder);
}

void LiveRecorder::capture(const ViewScene& scene, const OrbitCamera& windowCamera, const Settings& shown,
                           const PartStyles& styles, const Logo* logo, const Caption& caption, const PanelInfo* panel) {
  if (!encoder_) return;
  OrbitCamera camera = windowCamera;
  // With the panel, the 3D view is the clip less the panel's width (type scaled to the clip's height).
  const float scale = std::max(1.0f, static_cast<float>(height_) / 1080.0f);
  const int viewWidth = panel ? std::max(16, width_ - static_cast<int>(panelWidth(scale))) : width_;
  camera.aspect = static_cast<float>(viewWidth) / static_cast<float>(height_);
  if (panel) {
    target3d_->bind();
    glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_->render(*scene.gpu, camera, scene.radius(), shown.render, {0, 0, viewWidth, height_}, &styles);
  } else {
    renderer_->renderInto(*target3d_, *scene.gpu, camera, scene.radius(), shown.render, &styles);
  }
  const ScreenRect view{0, 0, static_cast<float>(viewWidth), static_cast<float>(height_)};
  Settings shownCopy = shown;  // the panel only shows here; nothing it does is taken
  const PanelLayout panelRect{static_cast<float>(viewWidth), 0, static_cast<float>(width_ - viewWidth), static_cast<float>(height_)};
  if (panel && !panelLaidOut_) {  // ImGui sizes a window from the frame before: lay it out once unseen
    captions_->beginFrame(width_, height_, frameSeconds());
    drawPanel(shownCopy, *panel, panelRect);
    captions_->discardFrame();
    panelLaidOut_ = true;
  }
  captions_->beginFrame(width_, height_, frameSeconds());
  if (panel) drawPanel(shownCopy, *panel, panelRect);
  drawOverlay(scene, shown, styles, camera, view, caption, logo);
  captions_->endFrame();
  Image pixels = readPixels(0, 0, width_, height_);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  encoder_->push(std::move(pixels));
  ++frames_;
}

void LiveRecorder::stop() {
  if (!encoder_) return;
  waitUntilSaved();  // one clip saving at a time
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", clipSeconds());
  const std::string saved = "saved " + target_.string() + " (" + seconds + " s)";
  savingEncoder_ = std::move(encoder_);
  saving_ = std::async(std::launch::async, [encoder = savingEncoder_.get(), saved]() -> std::string {
    try {
      encoder->finish();
      return saved;
    } catch (const UserError& e) {
      return e.what();
    }
  });
  captions_.reset();
  target3d_.reset();
}

std::optional<std::string> LiveRecorder::poll() {
  if (!saving_.valid() || saving_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
  return waitUntilSaved();
}

std::string LiveRecorder::waitUntilSaved() {
  if (!saving_.valid()) return "";
  std::string message = saving_.get();
  savingEncoder_.reset();
  return message;
}

std::filesystem::path defaultClipPath() { return datedUserFile("Videos", ".mp4"); }

}  // namespace hipscope
