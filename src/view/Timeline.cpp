// Sampling a recorded timeline at clip times.
#include "view/Timeline.hpp"

#include <algorithm>
#include <cmath>

#include "view/SettingsTween.hpp"

namespace hipscope {

void Timeline::add(TimelineSample sample) {
  if (!samples_.empty()) sample.time = std::max(sample.time, samples_.back().time);
  samples_.push_back(std::move(sample));
}

int Timeline::frameCount(int fps) const {
  return std::max(1, static_cast<int>(std::lround(duration() * static_cast<double>(fps))));
}

std::size_t Timeline::indexAt(double t) const {
  const auto after = std::upper_bound(samples_.begin(), samples_.end(), t,
                                      [](double x, const TimelineSample& s) { return x < s.time; });
  return after == samples_.begin() ? 0 : static_cast<std::size_t>(after - samples_.begin()) - 1;
}

TimelineSample Timeline::at(double t) const {
  const std::size_t i = indexAt(t);
  const TimelineSample& a = samples_[i];
  if (i + 1 >= samples_.size() || t <= a.time) return a;
  const TimelineSample& b = samples_[i + 1];
  const double span = b.time - a.time;
  const float f = span > 0 ? static_cast<float>((t - a.time) / span) : 0.0f;
  TimelineSample out = a;
  out.time = t;
  // `a`'s settings with the easing options moved towards `b`'s (blendSettings keeps its `to`'s others).
  out.shown = blendSettings(b.shown, a.shown, 1.0f - f);
  out.pose = interpolate(a.pose, b.pose, f);
  out.clock = a.clock + (b.clock - a.clock) * f;
  out.captionOpacity = a.captionOpacity + (b.captionOpacity - a.captionOpacity) * f;
  return out;
}

}  // namespace hipscope
