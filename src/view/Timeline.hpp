// A live clip as a timeline of what the window showed: the settings on screen and the camera pose,
// each stamped with the seconds since recording started. The window samples at its own pace; the
// clip is rendered from it afterwards at exactly its own frame rate (frame k at k / fps), so it
// lasts as long as the session did, however fast the window drew. The same timeline can be written
// as a storyboard (TimelineStoryboard.hpp).
#pragma once
#include <string>
#include <vector>

#include "options/Settings.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct TimelineSample {
  double time = 0;              // seconds since recording started
  Settings shown;               // the settings on screen (eased, posed by a storyboard)
  OrbitPose pose;               // the camera
  double clock = 0;             // the window's animation clock (walking, pulses, flowing tension)
  std::string title, subtitle;  // the caption
  float captionOpacity = 1.0f;
  float frameMs = 0;  // the window's frame time, for a clip that shows the panel (record.panel)
};

class Timeline {
 public:
  // Appends a sample; a sample stamped earlier than the last one is taken as at the last one's time.
  void add(TimelineSample sample);
  bool empty() const { return samples_.empty(); }
  const std::vector<TimelineSample>& samples() const { return samples_; }
  // Seconds from the start of the recording to the last sample.
  double duration() const { return samples_.empty() ? 0.0 : samples_.back().time; }
  // Frames of a clip at `fps` that lasts as long: round(duration * fps), at least 1.
  int frameCount(int fps) const;
  // The index of the sample at or before `t` (the first one before it starts).
  std::size_t indexAt(double t) const;
  // What was shown at `t`: the sample at or before it, with the camera, the animation clock, the
  // caption's opacity and the options that ease (role::kEases) interpolated towards the next sample;
  // everything else switches when the next sample does. Requires a sample.
  TimelineSample at(double t) const;
  // Frame k of a clip at `fps`: what was shown at k / fps seconds.
  TimelineSample frame(int k, int fps) const { return at(static_cast<double>(k) / fps); }

 private:
  std::vector<TimelineSample> samples_;
};

}  // namespace hipscope
