// Scenario definitions (their help and captions translated where shown: N_ marks them for po/). Applying one
// starts from the defaults of what is shown (role::kView), then sets its own. Each shows where its patient
// feels the pain (pain.sites, glowing on the skin): tight hips and a tight iliopsoas in the low back (and the
// groin), the piriformis on the sciatic nerve down the back of the leg (Travell & Simons vol. 2 ch. 4, 5, 7-10;
// Hopayian et al. 2010, Eur Spine J 19:2095).
#include "options/Scenarios.hpp"

#include <array>

#include "base/Translate.hpp"

namespace hipscope {
namespace {

constexpr std::array<std::string_view, 0> kNothing{};
constexpr auto kHipsOnBack = std::to_array<std::string_view>(
    {"tension.glutes=0.7", "tension.hip_rotators=0.8", "tension.hamstrings=0.6", "view=posterior",
     "camera.orbit_yaw=-25", "camera.orbit_pitch=12", "camera.focus=pelvis", "camera.zoom=0.8",
     "layers.superficial_glutes.opacity=0.35", "pain.sites=low_back,sacroiliac", "pain.candidates=false"});
constexpr auto kIliopsoas = std::to_array<std::string_view>(
    {"tension.hip_flexors=0.9", "pose.hip_flexion_l=30", "pose.hip_flexion_r=30", "view=anterior",
     "camera.orbit_yaw=35", "camera.orbit_pitch=8", "camera.focus=pelvis", "camera.zoom=0.65",
     "layers.thigh.opacity=0.3", "select=psoas_major_r", "pain.sites=low_back,groin", "pain.candidates=false"});
constexpr auto kPiriformis = std::to_array<std::string_view>(
    {"tension.piriformis_r=0.9", "pose.hip_flexion_r=20", "pose.hip_rotation_r=15", "view=posterior",
     "camera.orbit_yaw=0", "camera.orbit_pitch=10", "camera.focus=pelvis", "camera.zoom=0.9",
     "hidden=gluteus_maximus,gluteus_medius", "select=piriformis_r", "pain.sites=buttock_r,posterior_thigh_r,calf_r",
     "pain.candidates=false"});
constexpr auto kBoth = std::to_array<std::string_view>(
    {"tension.hip_rotators=0.8", "tension.piriformis_r=1", "tension.hip_flexors=0.7", "tension.glutes=0.5",
     "view=posterior", "camera.orbit_yaw=-30", "camera.orbit_pitch=10", "camera.focus=pelvis", "camera.zoom=0.8",
     "layers.superficial_glutes.opacity=0.25", "pain.sites=low_back,buttock_r,posterior_thigh_r,calf_r",
     "pain.candidates=false"});
constexpr auto kRelease = std::to_array<std::string_view>(
    {"view=posterior", "camera.orbit_yaw=-25", "camera.orbit_pitch=10", "camera.focus=pelvis", "camera.zoom=0.8",
     "layers.superficial_glutes.opacity=0.35"});

constexpr std::array<Scenario, 6> kScenarios{{
    {{"none", "no scenario", kNothing}, ""},
    {{"tight_hips", N_("tight hip muscles pulling on the low back"), kHipsOnBack},
     N_("Tight buttock and hip muscles pull on the pelvis, and the pelvis pulls on your low back.")},
    {{"iliopsoas", N_("a tight iliopsoas pulling on the lumbar spine"), kIliopsoas},
     N_("Your deep hip flexor runs from the low back to the thigh bone: tight, it pulls your spine forward.")},
    {{"piriformis", N_("the piriformis pressing on the sciatic nerve"), kPiriformis},
     N_("A tight piriformis presses on the sciatic nerve beneath it, sending pain down the leg.")},
    {{"both", N_("both at once, one leading to the other"), kBoth},
     N_("Often both happen at once: tight hips load the low back and pinch the nerve.")},
    {{"release", N_("release: the muscles relax and the nerve is free"), kRelease},
     N_("Release: the muscles let go, the pull calms and the nerve is free again.")},
}};

}  // namespace

std::span<const Scenario> scenarios() { return kScenarios; }

}  // namespace hipscope
