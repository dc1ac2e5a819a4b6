// Live recording: the timeline while recording, then its frames rendered offscreen at clip size
// through the frame recipe, read back and encoded.
#include "frame/LiveRecorder.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "base/UserConfig.hpp"
#include "render/Screen.hpp"
#include "ui/Panel.hpp"
#include "ui/PanelInfo.hpp"
#include "view/TimelineStoryboard.hpp"

namespace hipscope {
namespace {

double steadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

LiveRecorder::LiveRecorder() : clock_(steadySeconds) {}

std::filesystem::path LiveRecorder::storyboardPath(const std::filesystem::path& clip) {
  std::filesystem::path path = clip;
  return path.replace_extension(".json");
}

void LiveRecorder::start(const std::filesystem::path& target, int width, int height, int fps,
                         std::shared_ptr<const ViewScene> scene, std::string renderer) {
  if (recording_ || saving()) return;
  auto encoder = std::make_unique<VideoEncoder>(target, width, height, fps);  // throws before any change
  width_ = width + (width & 1);
  height_ = height + (height & 1);
  fps_ = fps;
  next_ = total_ = 0;
  target_ = target;
  panelLaidOut_ = false;
  encoder_ = std::move(encoder);
  scene_ = std::move(scene);
  renderer_ = std::move(renderer);
  timeline_ = Timeline();
  started_ = clock_();
  recording_ = true;
}

void LiveRecorder::record(TimelineSample sample) {
  if (!recording_) return;
  sample.time = clock_() - started_;
  timeline_.add(std::move(sample));
}

float LiveRecorder::clipSeconds() const {
  if (recording_) return static_cast<float>(clock_() - started_);
  return static_cast<float>(total_) / static_cast<float>(fps_);
}

void LiveRecorder::stop() {
  if (!recording_) return;
  recording_ = false;
  if (timeline_.empty()) {  // stopped before the window drew a frame: nothing to show
    encoder_.reset();       // the partial file stays, never under the clip's name
    std::promise<std::string> nothing;
    nothing.set_value("nothing was recorded: the window had not drawn yet");
    saving_ = nothing.get_future();
    return;
  }
  TimelineSample last = timeline_.samples().back();  // the session lasted until now
  last.time = clock_() - started_;
  timeline_.add(std::move(last));
  total_ = timeline_.frameCount(fps_);
  next_ = 0;
  rendering_ = true;
  // The same session as a storyboard, to replay or edit; a clip without it is still a clip.
  const std::filesystem::path board = storyboardPath(target_);
  try {
    writeFileAtomically(board, timelineStoryboard(timeline_, *scene_, {fps_, width_, height_}));
    storyboardNote_ = "; storyboard " + board.string();
  } catch (const UserError& e) {
    storyboardNote_ = "; no storyboard: " + std::string(e.what());
  }
}

float LiveRecorder::savingProgress() const {
  if (rendering_) return total_ > 0 ? 0.95f * static_cast<float>(next_) / static_cast<float>(total_) : 0.0f;
  if (saving_.valid() && encoder_) return 0.95f + 0.05f * encoder_->progress();
  return 1.0f;
}

void LiveRecorder::renderFrame(FrameRenderer& frames, LogoCache& logos) {
  const ViewScene& scene = *scene_;
  const TimelineSample sample = timeline_.frame(next_, fps_);
  const Settings& shown = sample.shown;
  const float clock = static_cast<float>(sample.clock);
  const Body body = scene.body(shown, clock);
  const PartStyles styles = scene.styles(body, clock);
  OrbitCamera camera;
  camera.fovY = shown.camera.fov;
  camera.pose = sample.pose;
  const Logo* logo = nullptr;
  try {
    logo = logos.get(shown.record.logo);
  } catch (const UserError&) {  // the window said so when it was set; the clip goes without
  }
  const FrameContent content{scene, shown, styles, camera, {sample.title, sample.subtitle, sample.captionOpacity},
                             logo};
  // record.panel: the clip shows the panel as the window did, the REC time counting.
  std::optional<PanelInfo> panel;
  Settings panelSettings = shown;  // the panel only shows here; nothing it does is taken
  FrameUi ui;
  if (shown.record.panel) {
    panel = describeForPanel(scene, body, renderer_, sample.frameMs);
    panel->recording = true;
    panel->recordSeconds = static_cast<float>(sample.time);
    ui = [&](const PanelLayout& rect) { drawPanel(panelSettings, *panel, rect); };
  }
  // ImGui sizes a window from the frame before: the panel is laid out once unseen.
  frames.drawOffscreen(content, offscreenLayout(shown, width_, height_, panel.has_value()),
                       1.0f / static_cast<float>(fps_), ui, panel && !panelLaidOut_);
  panelLaidOut_ = panelLaidOut_ || panel;
  encoder_->push(frames.readBack());
  ++next_;
}

std::string LiveRecorder::savedMessage() const {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", static_cast<float>(total_) / static_cast<float>(fps_));
  return "saved " + target_.string() + " (" + seconds + " s)" + storyboardNote_;
}

void LiveRecorder::renderSome(FrameRenderer& frames, LogoCache& logos, double budgetSeconds) {
  if (!rendering_) return;
  const auto start = std::chrono::steady_clock::now();
  try {
    do {
      renderFrame(frames, logos);
    } while (next_ < total_ &&
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < budgetSeconds);
  } catch (const UserError&) {  // e.g. the disk filled up: finishing reports the encoder's error
    total_ = next_;
  }
  bindWindowFramebuffer();
  if (next_ < total_) return;
  rendering_ = false;
  timeline_ = Timeline();
  scene_.reset();
  saving_ = std::async(std::launch::async, [encoder = encoder_.get(), saved = savedMessage()]() -> std::string {
    try {
      encoder->finish();
      return saved;
    } catch (const UserError& e) {
      return e.what();
    }
  });
}

std::optional<std::string> LiveRecorder::poll() {
  if (rendering_ || !saving_.valid() || saving_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return std::nullopt;
  std::string message = saving_.get();
  encoder_.reset();
  return message;
}

std::string LiveRecorder::finishNow(FrameRenderer& frames, LogoCache& logos) {
  stop();
  while (rendering_) renderSome(frames, logos, 1.0);
  if (!saving_.valid()) return "";
  std::string message = saving_.get();
  encoder_.reset();
  return message;
}

std::filesystem::path defaultClipPath() { return datedUserFile("Videos", ".mp4"); }

}  // namespace hipscope
