// hipscope-imgdiff BASELINE ACTUAL DIFF_OUT: the golden-image metric.
//
// Per pixel, the largest absolute channel difference d (0..255). The images match when
//   mean d <= 1.0  and  at most 0.25 % of pixels have d > 24.
// llvmpipe rasterisation noise stays far below this; a structure that moves, appears or disappears
// changes thousands of pixels by far more than 24 and fails. On failure a diff image is written
// (bright = different), and the figures are printed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/Image.hpp"

int main(int argc, char** argv) {
  if (argc != 4 && argc != 6) {
    std::fprintf(stderr, "usage: hipscope-imgdiff BASELINE ACTUAL DIFF_OUT [MAX_MEAN MAX_PERCENT_OVER_24]\n");
    return 2;
  }
  // A looser tolerance is for lossy sources only (a decoded H.264 frame); goldens use the default.
  const double maxMean = argc == 6 ? std::atof(argv[4]) : 1.0;
  const double maxBad = argc == 6 ? std::atof(argv[5]) / 100.0 : 0.0025;
  try {
    const hipscope::Image a = hipscope::readPng(argv[1]);
    const hipscope::Image b = hipscope::readPng(argv[2]);
    if (a.width != b.width || a.height != b.height) {
      std::printf("size differs: baseline %dx%d, actual %dx%d\n", a.width, a.height, b.width, b.height);
      return 1;
    }
    hipscope::Image diff{a.width, a.height, std::vector<std::uint8_t>(a.rgba.size())};
    double sum = 0;
    std::size_t bad = 0;
    int worst = 0;
    const std::size_t pixels = static_cast<std::size_t>(a.width) * a.height;
    for (std::size_t i = 0; i < pixels; ++i) {
      int d = 0;
      for (int c = 0; c < 4; ++c) d = std::max(d, std::abs(a.rgba[i * 4 + c] - b.rgba[i * 4 + c]));
      sum += d;
      bad += d > 24;
      worst = std::max(worst, d);
      const auto v = static_cast<std::uint8_t>(std::min(255, d * 4));
      diff.rgba[i * 4 + 0] = v;
      diff.rgba[i * 4 + 1] = static_cast<std::uint8_t>(b.rgba[i * 4 + 1] / 4);
      diff.rgba[i * 4 + 2] = static_cast<std::uint8_t>(b.rgba[i * 4 + 2] / 4);
      diff.rgba[i * 4 + 3] = 255;
    }
    const double mean = sum / pixels, badFraction = static_cast<double>(bad) / pixels;
    std::printf("mean %.3f, pixels over 24: %zu (%.3f %%), max %d\n", mean, bad, badFraction * 100, worst);
    if (mean <= maxMean && badFraction <= maxBad) return 0;
    hipscope::writePng(diff, argv[3]);
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope-imgdiff: %s\n", e.what());
    return 2;
  }
}
