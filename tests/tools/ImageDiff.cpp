// hipscope-imgdiff BASELINE ACTUAL DIFF_OUT: the golden-image metric.
//
// Per pixel, the largest absolute channel difference d (0..255). The images match when
//   mean d <= 1.0  and  at most 0.25 % of pixels have d > 24.
// llvmpipe rasterisation noise stays far below this; a structure that moves, appears or disappears
// changes thousands of pixels by far more than 24 and fails. On failure a diff image is written
// (bright = different), and the figures are printed.
//
// With a region of interest (X Y W H, pixels from the top left) the same limits hold inside it too,
// over its own pixels: a small feature (the pinch, a tension path, the low-back glow) that changes
// or goes away fails there, where over the whole frame it would stay under 0.25 %.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/Image.hpp"

int main(int argc, char** argv) {
  if (argc != 4 && argc != 6 && argc != 10) {
    std::fprintf(stderr, "usage: hipscope-imgdiff BASELINE ACTUAL DIFF_OUT [MAX_MEAN MAX_PERCENT_OVER_24 [X Y W H]]\n");
    return 2;
  }
  // A looser tolerance is for lossy sources only (a decoded H.264 frame); goldens use the default.
  const double maxMean = argc >= 6 ? std::atof(argv[4]) : 1.0;
  const double maxBad = argc >= 6 ? std::atof(argv[5]) / 100.0 : 0.0025;
  const bool roi = argc == 10;
  const int rx = roi ? std::atoi(argv[6]) : 0, ry = roi ? std::atoi(argv[7]) : 0;
  const int rw = roi ? std::atoi(argv[8]) : 0, rh = roi ? std::atoi(argv[9]) : 0;
  try {
    const hipscope::Image a = hipscope::readPng(argv[1]);
    const hipscope::Image b = hipscope::readPng(argv[2]);
    if (a.width != b.width || a.height != b.height) {
      std::printf("size differs: baseline %dx%d, actual %dx%d\n", a.width, a.height, b.width, b.height);
      return 1;
    }
    hipscope::Image diff{a.width, a.height, std::vector<std::uint8_t>(a.rgba.size())};
    if (roi && (rx < 0 || ry < 0 || rw <= 0 || rh <= 0 || rx + rw > a.width || ry + rh > a.height)) {
      std::printf("region %d %d %d %d is not inside the %dx%d image\n", rx, ry, rw, rh, a.width, a.height);
      return 2;
    }
    double sum = 0, roiSum = 0;
    std::size_t bad = 0, roiBad = 0;
    int worst = 0;
    const std::size_t pixels = static_cast<std::size_t>(a.width) * a.height;
    for (std::size_t i = 0; i < pixels; ++i) {
      int d = 0;
      for (int c = 0; c < 4; ++c) d = std::max(d, std::abs(a.rgba[i * 4 + c] - b.rgba[i * 4 + c]));
      sum += d;
      bad += d > 24;
      const int x = static_cast<int>(i % static_cast<std::size_t>(a.width)), y = static_cast<int>(i / a.width);
      if (roi && x >= rx && x < rx + rw && y >= ry && y < ry + rh) roiSum += d, roiBad += d > 24;
      worst = std::max(worst, d);
      const auto v = static_cast<std::uint8_t>(std::min(255, d * 4));
      diff.rgba[i * 4 + 0] = v;
      diff.rgba[i * 4 + 1] = static_cast<std::uint8_t>(b.rgba[i * 4 + 1] / 4);
      diff.rgba[i * 4 + 2] = static_cast<std::uint8_t>(b.rgba[i * 4 + 2] / 4);
      diff.rgba[i * 4 + 3] = 255;
    }
    const double mean = sum / pixels, badFraction = static_cast<double>(bad) / pixels;
    std::printf("mean %.3f, pixels over 24: %zu (%.3f %%), max %d\n", mean, bad, badFraction * 100, worst);
    bool ok = mean <= maxMean && badFraction <= maxBad;
    if (roi) {
      const double area = static_cast<double>(rw) * rh;
      const double roiMean = roiSum / area, roiFraction = static_cast<double>(roiBad) / area;
      std::printf("region %d %d %dx%d: mean %.3f, pixels over 24: %zu (%.3f %%)\n", rx, ry, rw, rh, roiMean, roiBad,
                  roiFraction * 100);
      ok = ok && roiMean <= maxMean && roiFraction <= maxBad;
    }
    if (ok) return 0;
    hipscope::writePng(diff, argv[3]);
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope-imgdiff: %s\n", e.what());
    return 2;
  }
}
