// The presets a therapist reaches for most.
#include "options/Presets.hpp"

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "base/Translate.hpp"

namespace hipscope {
namespace {

constexpr std::array<std::string_view, 0> kNone{};
// Posterior-oblique, the big buttock muscle ghosted, the deep muscles under it highlighted.
// Framed on the pelvis (the whole body, with the legs, would leave it small).
// The deep views take the skin away: its ghost over the close-up would dull the highlight colours.
constexpr std::array<std::string_view, 10> kUnderGlutes{"view=posterior",
                                                        "camera.orbit_yaw=-28",
                                                        "camera.orbit_pitch=10",
                                                        "camera.focus=pelvis",
                                                        "camera.zoom=0.8",
                                                        "layers.superficial_glutes.visible=true",
                                                        "layers.superficial_glutes.opacity=0.22",
                                                        "highlight.deep=true",
                                                        "render.xray=false",
                                                        "layers.skin.visible=false"};
// From behind, every muscle ghosted but the piriformis: the sciatic nerve's path down the leg.
constexpr std::array<std::string_view, 8> kSciaticNerve{
    "view=posterior",   "camera.orbit_yaw=0", "camera.orbit_pitch=0", "camera.focus=pelvis",
    "camera.zoom=0.65", "render.xray=true",   "select=piriformis_r",  "layers.skin.visible=false"};

// Posture presets: every pose angle, walking and the picture's roll, and where the camera looks from.
// A preset applies on top of the defaults of what is shown (OptionTable's "preset"), so standing,
// which names no view, is seen from the default one.
struct Posture {
  std::string_view name, help;
  // hip flexion l/r, abduction l/r, rotation l/r, lumbar flexion, knee flexion l/r, ankle l/r (degrees)
  std::array<float, 11> angles;
  bool walking;
  std::string_view view;  // "" : the default view
  float yaw, roll;        // roll kOnTheFeet: the roll that stands the posture on its feet (rollOf)
};

// The pelvis is the model's root, so a flexed hip swings the legs forward. Seen from the left, turning
// the picture by the hip's flexion less the knee's plus the ankle's brings the shins back over the
// feet: the feet flat, the knees ahead of the ankles by the ankle's angle, the trunk leaning forward.
constexpr float kOnTheFeet = 1000.0f;
constexpr float rollOf(const Posture& p) {
  return p.roll == kOnTheFeet ? p.angles[0] - p.angles[7] + p.angles[9] : p.roll;
}

constexpr std::array<std::string_view, 11> kAngleKeys{
    "pose.hip_flexion_l",  "pose.hip_flexion_r",   "pose.hip_abduction_l", "pose.hip_abduction_r",
    "pose.hip_rotation_l", "pose.hip_rotation_r",  "pose.lumbar_flexion",  "pose.knee_flexion_l",
    "pose.knee_flexion_r", "pose.ankle_flexion_l", "pose.ankle_flexion_r"};

constexpr std::array<Posture, 6> kPostures{{
    {"standing", N_("standing upright: every joint at zero"), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, false, "", 0, 0},
    // Sitting for a long time: hips and knees flexed about 90 degrees, feet flat (ankles neutral), so
    // the iliopsoas rests short.
    {"sitting",
     N_("sitting for a long time: hips and knees bent 90 degrees, the iliopsoas short"),
     {90, 90, 0, 0, 0, 0, 10, 90, 90, 0, 0},
     false,
     "left",
     0,
     0},
    // Bending to lift with a rounded back: hips and low back flexed together, the knees bent a little
    // (35 degrees) and the shins leaning forward over the feet (ankles 10 degrees toes up), standing:
    // the picture turned so the feet are on the floor (the pelvis tips forward 45 degrees).
    {"bending_to_lift",
     N_("bending to lift: hips and low back flexed, knees a little bent"),
     {70, 70, 0, 0, 0, 0, 45, 35, 35, 10, 10},
     false,
     "left",
     20,
     kOnTheFeet},
    // Lying on the back with the legs straight: the hip flexors, at full length, pull the low back
    // into a hollow. Seen from above the table, the patient across the screen.
    {"lying_on_back",
     N_("lying on the back, legs straight: the hip flexors hollow the low back"),
     {0, 0, 0, 0, 0, 0, -8, 0, 0, 0, 0},
     false,
     "anterior",
     0,
     90},
    // Lying on the left side for a long time with the top knee dropped forward across the bed: the
    // top (right) hip flexed, pulled across and turned in, the position that stretches the piriformis
    // over the sciatic nerve; the top knee bent 70 degrees, the bottom one a little, the feet relaxed
    // (pointing slightly down). Seen from behind the patient.
    {"lying_on_side",
     N_("lying on the side, top knee bent and dropped across: the piriformis stretched over the nerve"),
     {35, 60, 0, -20, 0, 20, 15, 20, 70, -15, -15},
     false,
     "posterior",
     0,
     90},
    // Walking: the gait cycle, seen from the side so the legs swing across the picture.
    {"walking",
     N_("walking: the hips, knees, ankles and low back move through the gait cycle"),
     {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
     true,
     "left",
     15,
     0},
}};

std::string number(float v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", static_cast<double>(v));
  return buffer;
}

std::vector<std::string> assignmentsOf(const Posture& p) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kAngleKeys.size(); ++i)
    out.push_back(std::string(kAngleKeys[i]) + "=" + number(p.angles[i]));
  out.push_back(p.walking ? "pose.walking=true" : "pose.walking=false");
  if (!p.view.empty()) {
    out.push_back("view=" + std::string(p.view));
    out.push_back("camera.orbit_yaw=" + number(p.yaw));
    out.push_back("camera.orbit_pitch=0");
  }
  out.push_back("camera.roll=" + number(rollOf(p)));
  return out;
}

// Every preset: none, the postures, then the views.
struct Table {
  std::vector<std::vector<std::string>> texts;
  std::vector<std::vector<std::string_view>> assignments;
  std::vector<Preset> presets;

  Table() {
    for (const Posture& p : kPostures) texts.push_back(assignmentsOf(p));
    for (const auto& list : texts) assignments.emplace_back(list.begin(), list.end());
    presets.push_back({"none", "no preset", kNone});
    for (std::size_t i = 0; i < kPostures.size(); ++i)
      presets.push_back({kPostures[i].name, kPostures[i].help, assignments[i]});
    presets.push_back({"under_glutes",
                       N_("behind and a little to the side, gluteus maximus ghosted, deep muscles highlighted"),
                       kUnderGlutes});
    presets.push_back({"sciatic_nerve",
                       N_("X-ray from behind: the sciatic nerve under the piriformis and down the leg"),
                       kSciaticNerve});
  }
};

}  // namespace

std::span<const Preset> presets() {
  static const Table table;
  return table.presets;
}

}  // namespace hipscope
