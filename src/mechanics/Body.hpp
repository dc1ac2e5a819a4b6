// The body at one moment: the pose (the gait folded in), every joint's transform, the paths of the
// tense muscles, the sciatic compression and the low-back strain. Computed once a frame from the
// settings on screen and handed to whatever shows or reports it (the draw list, the panel's readouts,
// --report), instead of each of them rebuilding the pose from Settings.
#pragma once
#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "mechanics/Compression.hpp"
#include "mechanics/Mechanics.hpp"
#include "mechanics/TensionLines.hpp"
#include "options/Settings.hpp"

namespace hipscope {

struct Body {
  Settings settings;                         // what is shown, with the pose as it is at this moment (walking)
  Pose pose;                                 // the mechanics' angles of that pose
  std::vector<glm::mat4> joints;             // rest-to-posed transform per Mechanics::joints(); empty without mechanics
  std::vector<TensionLine> lines;            // one per tense muscle, in the direction of pull
  std::array<NerveCompression, 2> nerves{};  // sciatic compression, left and right
  std::array<float, 2> strain{0, 0};         // pull on the low back, left and right
};

// The mechanics' pose for these pose settings.
Pose poseOf(const PoseSettings& pose);

// The body for `shown` at `seconds` (the gait is a function of time). Without mechanics (a model
// from elsewhere) only `settings` and `pose` are filled in.
Body computeBody(const Mechanics* mechanics, const Settings& shown, float seconds);

}  // namespace hipscope
