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

constexpr std::array<std::string_view, 7> kStanding{
    "pose.hip_flexion_l=0", "pose.hip_flexion_r=0", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=0"};
// Sitting for a long time: hips flexed about 90 degrees, so the iliopsoas rests short.
constexpr std::array<std::string_view, 10> kSitting{
    "pose.hip_flexion_l=90", "pose.hip_flexion_r=90", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=10", "view=left", "camera.orbit_yaw=0",
    "camera.orbit_pitch=0"};
// Bending to lift with a rounded back: hips and low back flexed together.
constexpr std::array<std::string_view, 10> kBendingToLift{
    "pose.hip_flexion_l=70", "pose.hip_flexion_r=70", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=45", "view=left", "camera.orbit_yaw=20",
    "camera.orbit_pitch=0"};

constexpr std::array<Preset, 6> kPresets{{
    {"none", "no preset", kNone},
    {"standing", "standing upright: every joint at zero", kStanding},
    {"sitting", "sitting for a long time: hips flexed 90 degrees, the iliopsoas short", kSitting},
    {"bending_to_lift", "bending to lift: hips and low back flexed", kBendingToLift},
    {"under_glutes", "behind and a little to the side, gluteus maximus ghosted, deep muscles highlighted", kUnderGlutes},
    {"sciatic_nerve", "X-ray from behind: the sciatic nerve under the piriformis and down the leg", kSciaticNerve},
}};

}  // namespace

std::span<const Preset> presets() { return kPresets; }

}  // namespace hipscope
