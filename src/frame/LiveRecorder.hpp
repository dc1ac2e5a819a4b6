// Recording the window into a clip, in two parts. While recording, the window runs at its own pace
// and hands over what it shows each frame (settings, camera, clock, caption): a timeline stamped
// with real seconds. When recording stops, the timeline is written beside the clip as a storyboard
// (OUT.json) and rendered at exactly the clip's frame rate, frame k at k / fps (view/Timeline.hpp),
// a few frames per window frame (GL stays on the window's thread) while the panel shows the saving
// bar; then the encoder finishes the file on a thread. The clip lasts as long as the session did,
// however fast or slow the window drew, and plays smoothly.
#pragma once
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "frame/Frame.hpp"
#include "recording/VideoEncoder.hpp"
#include "ui/Logo.hpp"
#include "view/Timeline.hpp"

namespace hipscope {

class LiveRecorder {
 public:
  // Seconds on some steady clock; a test or --frame-seconds passes its own.
  using Clock = std::function<double()>;
  LiveRecorder();
  void setClock(Clock clock) { clock_ = std::move(clock); }

  bool active() const { return recording_; }
  // Throws UserError naming the file when it cannot be created; nothing changes then. `scene` is kept
  // until the clip is rendered (the window may open another model meanwhile). `renderer`: the GL
  // renderer's name, for a clip that shows the panel.
  void start(const std::filesystem::path& target, int width, int height, int fps,
             std::shared_ptr<const ViewScene> scene, std::string renderer = {});
  // What the window shows now (its `time` is set here, from the clock).
  void record(TimelineSample sample);
  // Ends the timeline now and writes it as a storyboard; rendering the clip starts (renderSome).
  void stop();
  bool saving() const { return rendering_ || saving_.valid(); }
  // 0..1: the clip's frames rendered, then the encoder's last frames written.
  float savingProgress() const;
  // Renders the next clip frames through `frames` for about `budgetSeconds` (at least one frame);
  // after the last one the encoder finishes on a thread. Leaves the window's framebuffer bound.
  void renderSome(FrameRenderer& frames, LogoCache& logos, double budgetSeconds);
  // Once saving is done: the one-line outcome for the panel ("saved ..." or the error), given once.
  std::optional<std::string> poll();
  // Stops recording if needed, renders what is left and waits for the file: the outcome, or "" when
  // there was no clip (closing the window, a logout).
  std::string finishNow(FrameRenderer& frames, LogoCache& logos);
  // Seconds recorded so far (while recording), or the clip's length.
  float clipSeconds() const;
  const std::filesystem::path& target() const { return target_; }
  const Timeline& timeline() const { return timeline_; }
  int framesRendered() const { return next_; }
  // Where the storyboard of a clip goes: the same name with .json.
  static std::filesystem::path storyboardPath(const std::filesystem::path& clip);

 private:
  void renderFrame(FrameRenderer& frames, LogoCache& logos);
  std::string savedMessage() const;

  Clock clock_;
  double started_ = 0;
  bool recording_ = false, rendering_ = false;
  Timeline timeline_;
  std::shared_ptr<const ViewScene> scene_;
  std::string renderer_, storyboardNote_;
  std::unique_ptr<VideoEncoder> encoder_;
  std::future<std::string> saving_;
  std::filesystem::path target_;
  int width_ = 0, height_ = 0, fps_ = 30, next_ = 0, total_ = 0;
  bool panelLaidOut_ = false;
};

// Where a clip recorded with the Record button goes: ~/Videos if it exists, else the working
// folder, named by the date and time.
std::filesystem::path defaultClipPath();

}  // namespace hipscope
