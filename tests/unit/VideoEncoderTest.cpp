// The encoder's progress while a clip is finished (the window's "Saving the clip" bar).
#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <vector>

#include "recording/VideoEncoder.hpp"

using namespace hipscope;

TEST(VideoEncoder, ProgressRisesToOneWhileFinishing) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-encoder-test";
  std::filesystem::create_directories(dir);
  const std::filesystem::path target = dir / "progress.mp4";
  std::filesystem::remove(target);
  VideoEncoder encoder(target, 64, 48, 24);
  for (int i = 0; i < 48; ++i) {
    Image frame{64, 48, std::vector<std::uint8_t>(64 * 48 * 4, static_cast<std::uint8_t>(i * 5))};
    encoder.push(std::move(frame));
  }
  // H.264 holds frames back for look-ahead: not everything pushed is in the file yet.
  EXPECT_LT(encoder.progress(), 1.0f);
  std::future<void> done = std::async(std::launch::async, [&] { encoder.finish(); });
  float last = 0.0f;
  while (done.wait_for(std::chrono::milliseconds(1)) != std::future_status::ready) {
    const float p = encoder.progress();
    EXPECT_GE(p, last);
    EXPECT_LE(p, 1.0f);
    last = p;
  }
  done.get();
  EXPECT_FLOAT_EQ(encoder.progress(), 1.0f);
  EXPECT_EQ(encoder.frames(), 48);
  EXPECT_TRUE(std::filesystem::exists(target));
  EXPECT_FALSE(std::filesystem::exists(encoder.partialPath()));
  std::filesystem::remove_all(dir);
}
