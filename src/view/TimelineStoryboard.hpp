// A recorded timeline written as a storyboard, so a live session can be replayed (--storyboard) or
// edited by hand: a step every `stepSeconds` that eases, over its whole length, from what was shown at
// its start to what was shown at its end (steps where nothing changed are one longer step). Options
// as the storyboard's "set" (the options a saved view keeps: role::kView, and the clinic's
// watermark and logo), the camera as its camera keys (view, camera.orbit_yaw, camera.orbit_pitch,
// camera.roll, camera.zoom; a pan is not kept). The first step, one frame long, sets every such
// option, so the replay does not depend on the command line's settings.
#pragma once
#include <string>

#include "view/Timeline.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

struct ClipShape {
  int fps = 30;
  int width = 1280, height = 720;
};

std::string timelineStoryboard(const Timeline& timeline, const ViewScene& scene, const ClipShape& clip,
                               double stepSeconds = 0.5);

}  // namespace hipscope
