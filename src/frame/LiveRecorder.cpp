// Live recording: offscreen render at clip size, caption, readback, encoder.
#include "frame/LiveRecorder.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "render/Screen.hpp"
#include "ui/Panel.hpp"

namespace hipscope {

void LiveRecorder::start(const std::filesystem::path& target, int width, int height, int fps) {
  auto encoder = std::make_unique<VideoEncoder>(target, width, height, fps);  // throws before any change
  width_ = width + (width & 1);
  height_ = height + (height & 1);
  fps_ = fps;
  frames_ = 0;
  target_ = target;
  panelLaidOut_ = false;
  encoder_ = std::move(encoder);
}

void LiveRecorder::capture(FrameRenderer& frames, const FrameContent& content, const PanelInfo* panel) {
  if (!encoder_) return;
  Settings shown = content.shown;  // the panel only shows here; nothing it does is taken
  FrameUi ui;
  if (panel) ui = [&](const PanelLayout& rect) { drawPanel(shown, *panel, rect); };
  // ImGui sizes a window from the frame before: the panel is laid out once unseen.
  frames.drawOffscreen(content, offscreenLayout(content.shown, width_, height_, panel != nullptr), frameSeconds(), ui,
                       panel && !panelLaidOut_);
  panelLaidOut_ = panelLaidOut_ || panel;
  Image pixels = frames.readBack();
  bindWindowFramebuffer();
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
