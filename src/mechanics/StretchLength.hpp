// How much a self-care stretch lengthens its target muscles: each target's line of action in the pose
// against standing (every angle zero), in percent, from the same posed paths as every other length.
#pragma once
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "mechanics/Mechanics.hpp"

namespace hipscope {

struct StretchChange {
  std::string id;        // the muscle, e.g. "piriformis_r"
  float percent = 0.0f;  // its length in the pose against standing, - shorter, + longer
};

// Length of `muscle`'s line of action under `transforms` (Mechanics::jointTransforms), in metres.
float pathLength(const Mechanics& mechanics, const MusclePath& muscle, const std::vector<glm::mat4>& transforms);

// Stretch `stretch`'s targets on `side` (options/Stretches.hpp) under `transforms` against standing;
// a target the mechanics do not have is left out.
std::vector<StretchChange> stretchChanges(const Mechanics& mechanics, int stretch, int side,
                                          const std::vector<glm::mat4>& transforms);

// The mean change of those targets, in percent (0 when there are none).
float meanChange(const std::vector<StretchChange>& changes);

}  // namespace hipscope
