// What tight hip muscles do to the low back: the pull of those that reach the pelvis and the lumbar spine.
// (What the piriformis does to the sciatic nerve is measured between the meshes: SciaticContact.)
#pragma once
#include <array>

#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"

namespace hipscope {

// Per side, 0..1: the tension of the muscles that pull on the sacrum, hip bone and lumbar spine,
// weighted by how strong each muscle is, over what all of them at full tension would give.
std::array<float, 2> lowBackStrain(const Mechanics& mechanics, const Settings& settings);

}  // namespace hipscope
