// --frame-log: a line for each frame the window draws, when it started and ended on the system clock
// (the clock `date +%s%N` reads, so a script that moves the pointer can tell when the frame showing
// its move was done), the scale its 3D view was drawn at (below 1 while a drag turns it) and whether
// it shows a move of the pointer.
#pragma once
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace hipscope {

class FrameLog {
 public:
  using Time = std::chrono::system_clock::time_point;
  // Opens the file (a UserError naming it when it cannot be written); no file, no log.
  explicit FrameLog(const std::optional<std::filesystem::path>& file);
  ~FrameLog();
  FrameLog(const FrameLog&) = delete;
  FrameLog& operator=(const FrameLog&) = delete;

  // One line: "START_US END_US VIEW_SCALE MOVED" (MOVED 1 or 0).
  void frame(Time start, Time end, float viewScale, bool moved);

 private:
  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
};

}  // namespace hipscope
