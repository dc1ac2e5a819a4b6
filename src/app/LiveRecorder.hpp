// Recording the 3D view from the window into a clip. The clip is rendered offscreen at its own size
// (independent of the window), with the caption, and the app's clock advances exactly 1/fps per
// recorded frame, so a slow machine still makes a smooth clip (the window then runs in slow motion).
#pragma once
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "recording/VideoEncoder.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"
#include "ui/ImGuiLayer.hpp"

namespace hipscope {

struct ViewScene;
class OrbitCamera;
struct PartStyles;
struct Settings;
struct Logo;
struct Caption;
struct PanelInfo;

class LiveRecorder {
 public:
  bool active() const { return encoder_ != nullptr; }
  // Throws UserError naming the file when it cannot be created; nothing changes then.
  void start(const std::filesystem::path& target, int width, int height, int fps);
  // Renders the frame for what the window shows (camera pose, shown settings, styles) at clip size
  // and queues it. Leaves the default framebuffer bound.
  // `panel`: what the window's panel shows, drawn beside the 3D view (record.panel), or null.
  void capture(const ViewScene& scene, const OrbitCamera& windowCamera, const Settings& shown, const PartStyles& styles,
               const Logo* logo, const Caption& caption, const PanelInfo* panel = nullptr);
  // Stops taking frames and finishes the file on a background thread, so the window keeps drawing
  // (with a progress bar) while the last frames are encoded and the file is closed and renamed.
  void stop();
  bool saving() const { return saving_.valid(); }
  float savingProgress() const { return savingEncoder_ ? savingEncoder_->progress() : 1.0f; }
  // Once saving is done: the one-line outcome for the panel ("saved ..." or the error), given once.
  std::optional<std::string> poll();
  // Blocks until saving is done; the outcome, or "" when nothing was being saved.
  std::string waitUntilSaved();
  float frameSeconds() const { return 1.0f / static_cast<float>(fps_); }
  float clipSeconds() const { return static_cast<float>(frames_) / static_cast<float>(fps_); }
  const std::filesystem::path& target() const { return target_; }

 private:
  std::unique_ptr<VideoEncoder> encoder_;
  std::unique_ptr<VideoEncoder> savingEncoder_;
  std::future<std::string> saving_;
  std::unique_ptr<RenderTarget> target3d_;
  std::unique_ptr<SceneRenderer> renderer_;  // its own, so the window's buffers keep their size
  std::unique_ptr<ImGuiLayer> captions_;
  std::filesystem::path target_;
  int width_ = 0, height_ = 0, fps_ = 30, frames_ = 0;
  bool panelLaidOut_ = false;
};

// Where a clip recorded with the Record button goes: ~/Videos if it exists, else the working
// folder, named by the date and time.
std::filesystem::path defaultClipPath();

}  // namespace hipscope
