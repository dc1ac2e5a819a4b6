// Walking: an animated gait cycle on top of a pose (time in, pose out; never the wall clock).
#pragma once
#include "options/Settings.hpp"

namespace hipscope {

// One stride (right heel strike to the next) lasts this long at an easy walking pace.
inline constexpr float kStrideSeconds = 1.1f;

// `base` with the hips and low back moved as in walking at `seconds` into the cycle: hip flexion
// swings from about 30 degrees at heel strike to 10 degrees of extension at push-off, the two legs
// half a stride apart, with a little adduction over the standing leg, some rotation and a small
// rocking of the lumbar spine twice a stride; the knee and ankle follow the published gait curves
// (gaitKnee, gaitAnkle). Unchanged when base.walking is off.
PoseSettings gaitPose(const PoseSettings& base, float seconds);

// One leg's knee flexion and ankle dorsiflexion (degrees) at `cycle` (0..1 from its heel strike).
float gaitKnee(float cycle);
float gaitAnkle(float cycle);

// `settings` with its pose at `seconds` (the gait folded in, when walking).
Settings atTime(const Settings& settings, float seconds);

}  // namespace hipscope
