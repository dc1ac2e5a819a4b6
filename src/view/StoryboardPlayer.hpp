// What a storyboard shows at time t: the step's settings (blended with the step before during its
// transition), the camera pose, and the caption with its fade. Shared by offline recording
// (--storyboard --record) and live playback in the window (--storyboard alone).
#pragma once
#include <string>

#include "recording/Storyboard.hpp"
#include "scene/OrbitCamera.hpp"
#include "view/SettingsTween.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

struct StoryFrame {
  Settings settings;
  OrbitPose pose;
  std::string title, subtitle;
  float captionOpacity = 1.0f;  // fades in and out over 0.4 s at each step's ends
  bool finished = false;        // t is past the end (the last step's final state is shown)
};

// The frame of `board` at `t` seconds, with the camera framed by `scene` at this aspect.
StoryFrame storyFrameAt(const Storyboard& board, const ViewScene& scene, float aspect, float t);

}  // namespace hipscope
