// Recording the 3D view from the window into a clip. The clip is rendered offscreen at its own size
// (independent of the window) by the frame recipe, with the caption, and the app's clock advances
// exactly 1/fps per recorded frame, so a slow machine still makes a smooth clip (the window then runs
// in slow motion).
#pragma once
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "frame/Frame.hpp"
#include "recording/VideoEncoder.hpp"

namespace hipscope {

class LiveRecorder {
 public:
  bool active() const { return encoder_ != nullptr; }
  // Throws UserError naming the file when it cannot be created; nothing changes then.
  void start(const std::filesystem::path& target, int width, int height, int fps);
  // Renders the frame for what the window shows at clip size through `frames` and queues it.
  // `panel`: what the window's panel shows, drawn beside the 3D view (record.panel), or null.
  // Leaves the window's framebuffer bound.
  void capture(FrameRenderer& frames, const FrameContent& content, const PanelInfo* panel = nullptr);
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
  std::filesystem::path target_;
  int width_ = 0, height_ = 0, fps_ = 30, frames_ = 0;
  bool panelLaidOut_ = false;
};

// Where a clip recorded with the Record button goes: ~/Videos if it exists, else the working
// folder, named by the date and time.
std::filesystem::path defaultClipPath();

}  // namespace hipscope
