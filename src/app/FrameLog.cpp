// The window's frame log (benchmarks).
#include "app/FrameLog.hpp"

#include <cerrno>
#include <cstring>

#include "base/Error.hpp"

namespace hipscope {

namespace {
long long microseconds(FrameLog::Time t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}
}  // namespace

FrameLog::FrameLog(const std::optional<std::filesystem::path>& file) {
  if (!file) return;
  path_ = *file;
  file_ = std::fopen(path_.c_str(), "w");
  if (!file_) throw UserError("--frame-log " + path_.string() + ": cannot write it (" + std::strerror(errno) + ")");
}

FrameLog::~FrameLog() {
  if (!file_) return;
  const bool failed = std::ferror(file_) != 0;
  if (std::fclose(file_) != 0 || failed)
    std::fprintf(stderr, "hipscope: error: --frame-log %s: could not write all of it (disk full?)\n", path_.c_str());
}

void FrameLog::frame(Time start, Time end, float viewScale, bool moved) {
  if (file_)
    std::fprintf(file_, "%lld %lld %.3f %d\n", microseconds(start), microseconds(end), viewScale, moved ? 1 : 0);
}

}  // namespace hipscope
