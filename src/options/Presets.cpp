// The presets a therapist reaches for most.
#include "options/Presets.hpp"

#include <array>

namespace hipscope {
namespace {

constexpr std::array<std::string_view, 0> kNone{};
// Posterior-oblique, the big buttock muscle ghosted, the deep muscles under it highlighted.
constexpr std::array<std::string_view, 8> kUnderGlutes{
    "view=posterior", "camera.orbit_yaw=-28", "camera.orbit_pitch=10", "camera.zoom=1.9",
    "layers.superficial_glutes.visible=true", "layers.superficial_glutes.opacity=0.22", "highlight.deep=true",
    "render.xray=false"};
// From behind, every muscle ghosted but the piriformis: the sciatic nerve's path down the leg.
constexpr std::array<std::string_view, 6> kSciaticNerve{
    "view=posterior", "camera.orbit_yaw=0", "camera.orbit_pitch=0", "camera.zoom=1.6", "render.xray=true",
    "select=piriformis_r"};

constexpr std::array<Preset, 3> kPresets{{
    {"none", "no preset", kNone},
    {"under_glutes", "behind and a little to the side, gluteus maximus ghosted, deep muscles highlighted", kUnderGlutes},
    {"sciatic_nerve", "X-ray from behind: the sciatic nerve under the piriformis and down the leg", kSciaticNerve},
}};

}  // namespace

std::span<const Preset> presets() { return kPresets; }

}  // namespace hipscope
