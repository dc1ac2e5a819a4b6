// MP4 (H.264, yuv420p) through FFmpeg's libraries. Frames are encoded on a worker thread while the
// caller renders the next ones. The file is written as fragmented MP4 under a temporary name beside
// the target and renamed only when complete, so a killed recording leaves a playable partial file
// and never a broken file under the final name.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/Image.hpp"

struct AVFrame;

namespace hipscope {

class VideoEncoder {
 public:
  // Throws UserError naming the file if it cannot be created. Odd sizes are padded to even.
  VideoEncoder(const std::filesystem::path& target, int width, int height, int fps);
  ~VideoEncoder();  // a recording not finished is left as the partial file
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  // Converts a frame (top row first, RGBA) to the clip's yuv420p and queues it; blocks while a few
  // frames are already waiting.
  void push(Image frame);
  // Encodes what is queued, writes the end of the file and gives it its final name. Throws
  // UserError (e.g. the disk is full) after keeping the partial file.
  void finish();

  const std::filesystem::path& partialPath() const { return partial_; }
  int frames() const { return written_; }
  // From any thread: the share of the frames pushed so far that are encoded and on disk (0..1),
  // for a progress bar while finish() runs.
  float progress() const {
    const int pushed = pushed_.load();
    return pushed == 0 ? 1.0f : static_cast<float>(muxed_.load()) / static_cast<float>(pushed);
  }
  // For the benchmark, valid after finish(): seconds the worker spent encoding and muxing, seconds
  // push() spent converting frames to yuv420p (in the caller's thread), and seconds it waited for
  // the worker (0 when encoding keeps up with rendering).
  double encodeSeconds() const { return encodeSeconds_; }
  double convertSeconds() const { return convertSeconds_; }
  double waitSeconds() const { return waitSeconds_; }

 private:
  void run();
  void encode(AVFrame* frame);  // null flushes

  struct Ffmpeg;
  std::unique_ptr<Ffmpeg> ff_;
  std::filesystem::path target_, partial_;
  int width_, height_, fps_;
  std::atomic<int> written_{0}, pushed_{0}, muxed_{0};  // frames: encoded, queued, in the file
  double encodeSeconds_ = 0, convertSeconds_ = 0, waitSeconds_ = 0;
  std::deque<AVFrame*> queue_;  // converted frames waiting for the worker (owned by ff_)
  std::vector<AVFrame*> idle_;  // converted frames free to fill again (owned by ff_)
  std::mutex mutex_;
  std::condition_variable changed_;
  bool closing_ = false;
  std::string error_;
  std::thread worker_;
};

}  // namespace hipscope
