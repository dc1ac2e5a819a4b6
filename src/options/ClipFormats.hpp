// The clip sizes and frame rates offered for recording from the window.
#pragma once
#include <array>
#include <string>
#include <vector>

namespace hipscope {

struct ClipSize {
  const char* name;
  int width, height;
};

inline constexpr std::array<ClipSize, 5> kClipSizes{
    {{"720p", 1280, 720}, {"1080p", 1920, 1080}, {"2160p", 3840, 2160}, {"phone", 1080, 1920}, {"square", 1080, 1080}}};
inline constexpr std::array<int, 3> kClipFps{24, 30, 60};

inline std::vector<std::string> clipSizeNames() {
  std::vector<std::string> names;
  for (const ClipSize& s : kClipSizes) names.emplace_back(s.name);
  return names;
}
inline std::vector<std::string> clipFpsNames() {
  std::vector<std::string> names;
  for (int f : kClipFps) names.push_back(std::to_string(f));
  return names;
}

}  // namespace hipscope
