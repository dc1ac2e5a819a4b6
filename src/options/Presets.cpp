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

// Posture presets set every pose angle, walking and the picture's roll, so they can follow one another.
constexpr std::array<std::string_view, 9> kStanding{
    "pose.hip_flexion_l=0", "pose.hip_flexion_r=0", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=0", "pose.walking=false", "camera.roll=0"};
// Sitting for a long time: hips flexed about 90 degrees, so the iliopsoas rests short.
constexpr std::array<std::string_view, 12> kSitting{
    "pose.hip_flexion_l=90", "pose.hip_flexion_r=90", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=10", "pose.walking=false", "view=left",
    "camera.orbit_yaw=0", "camera.orbit_pitch=0", "camera.roll=0"};
// Bending to lift with a rounded back: hips and low back flexed together.
constexpr std::array<std::string_view, 12> kBendingToLift{
    "pose.hip_flexion_l=70", "pose.hip_flexion_r=70", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=45", "pose.walking=false", "view=left",
    "camera.orbit_yaw=20", "camera.orbit_pitch=0", "camera.roll=0"};
// Lying on the back with the legs straight: the hip flexors, at full length, pull the low back
// into a hollow. Seen from above the table, the patient across the screen.
constexpr std::array<std::string_view, 12> kLyingOnBack{
    "pose.hip_flexion_l=0", "pose.hip_flexion_r=0", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=-8", "pose.walking=false", "view=anterior",
    "camera.orbit_yaw=0", "camera.orbit_pitch=0", "camera.roll=90"};
// Lying on the left side for a long time with the top knee dropped forward across the bed: the
// top (right) hip flexed, pulled across and turned in, the position that stretches the piriformis
// over the sciatic nerve. Seen from behind the patient.
constexpr std::array<std::string_view, 12> kLyingOnSide{
    "pose.hip_flexion_l=35", "pose.hip_flexion_r=60", "pose.hip_abduction_l=0", "pose.hip_abduction_r=-20",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=20", "pose.lumbar_flexion=15", "pose.walking=false", "view=posterior",
    "camera.orbit_yaw=0", "camera.orbit_pitch=0", "camera.roll=90"};
// Walking: the gait cycle, seen from the side so the legs swing across the picture.
constexpr std::array<std::string_view, 12> kWalking{
    "pose.hip_flexion_l=0", "pose.hip_flexion_r=0", "pose.hip_abduction_l=0", "pose.hip_abduction_r=0",
    "pose.hip_rotation_l=0", "pose.hip_rotation_r=0", "pose.lumbar_flexion=0", "pose.walking=true", "view=left",
    "camera.orbit_yaw=15", "camera.orbit_pitch=0", "camera.roll=0"};

constexpr std::array<Preset, 9> kPresets{{
    {"none", "no preset", kNone},
    {"standing", "standing upright: every joint at zero", kStanding},
    {"sitting", "sitting for a long time: hips flexed 90 degrees, the iliopsoas short", kSitting},
    {"bending_to_lift", "bending to lift: hips and low back flexed", kBendingToLift},
    {"lying_on_back", "lying on the back, legs straight: the hip flexors hollow the low back", kLyingOnBack},
    {"lying_on_side", "lying on the side, top knee dropped across: the piriformis stretched over the nerve", kLyingOnSide},
    {"walking", "walking: the hips and low back move through the gait cycle", kWalking},
    {"under_glutes", "behind and a little to the side, gluteus maximus ghosted, deep muscles highlighted", kUnderGlutes},
    {"sciatic_nerve", "X-ray from behind: the sciatic nerve under the piriformis and down the leg", kSciaticNerve},
}};

}  // namespace

std::span<const Preset> presets() { return kPresets; }

}  // namespace hipscope
