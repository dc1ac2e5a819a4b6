// Every option Hipscope has, in the order --list-options and the panel show them.
#include "options/OptionTable.hpp"

#include <string>
#include <utility>
#include <vector>

#include "options/ClipFormats.hpp"
#include "options/Presets.hpp"
#include "options/Scenarios.hpp"
#include "options/Stretches.hpp"

#include "base/Translate.hpp"

namespace hipscope {
namespace {

template <class E>
std::vector<std::string> choicesOf() {
  return {EnumNames<E>::names.begin(), EnumNames<E>::names.end()};
}

// A stretch, as a scenario, is what it sets on top of the defaults of what is shown: the pose (eased
// into, since the pose options ease) and a camera that shows it. It keeps what it is chosen for: where
// the patient painted the pain and the structure selected for it. Choosing the side poses the same
// stretch on that side; "none" leaves the pose as it is.
void applyStretch(Settings& s) {
  if (s.stretch == 0) return;
  const int stretch = s.stretch, side = s.stretchSide;
  std::string painSites = std::move(s.painSites), select = std::move(s.select);
  OptionRegistry::instance().resetToDefaults(s, role::kView);
  s.preset = s.scenario = 0;
  s.stretch = stretch, s.stretchSide = side;
  s.painSites = std::move(painSites), s.select = std::move(select);
  for (const std::string& assignment : stretchAssignments(static_cast<std::size_t>(stretch), side))
    OptionRegistry::instance().apply(s, assignment,
                                     "stretch " + std::string(stretches()[static_cast<std::size_t>(stretch)].name));
}

// Panel sections, in the order the panel shows them.
constexpr const char* kViewSection = N_("View");
constexpr const char* kRecordSection = N_("Record a clip");
constexpr const char* kCameraSection = N_("Camera");
constexpr const char* kPoseSection = N_("Pose");
constexpr const char* kVariantSection = N_("Anatomical variant");
constexpr const char* kHighlightSection = N_("Highlight");
constexpr const char* kLookSection = N_("Look");

}  // namespace

OptionRegistry buildOptionTable() {
  using namespace role;
  OptionRegistry r;
  auto addFloat = [&r](std::string key, std::string label, float& (*field)(Settings&), float min, float max,
                       std::string help, unsigned roles, std::string section) {
    r.add({std::move(key),
           OptionKind::Float,
           std::move(help),
           field,
           min,
           max,
           {},
           {},
           roles,
           std::move(section),
           std::move(label)});
  };
  auto addBool = [&r](std::string key, std::string label, bool& (*field)(Settings&), std::string help, unsigned roles,
                      std::string section) {
    r.add({std::move(key),
           OptionKind::Bool,
           std::move(help),
           field,
           0,
           0,
           {},
           {},
           roles,
           std::move(section),
           std::move(label)});
  };
  auto addEnum = [&r](std::string key, std::string label, EnumField field, std::vector<std::string> choices,
                      std::string help, unsigned roles, std::string section,
                      std::vector<std::string> choiceLabels = {}) {
    r.add({std::move(key),
           OptionKind::Enum,
           std::move(help),
           field,
           0,
           0,
           std::move(choices),
           {},
           roles,
           std::move(section),
           std::move(label),
           std::move(choiceLabels)});
  };
  auto addText = [&r](std::string key, std::string label, OptionKind kind, TextRef field, std::string help,
                      unsigned roles, std::string section) {
    r.add({std::move(key), kind, std::move(help), field, 0, 0, {}, {}, roles, std::move(section), std::move(label)});
  };

  addEnum("view", N_("Seen from"),
          {[](const Settings& s) { return static_cast<int>(s.camera.view); },
           [](Settings& s, int v) { s.camera.view = static_cast<ViewPreset>(v); }},
          choicesOf<ViewPreset>(), N_("side of the body the camera looks at"), kView | kCamera | kReframes,
          kViewSection,
          {N_("front"), N_("back"), N_("left side"), N_("right side"), N_("from above"), N_("from below")});
  addFloat(
      "camera.orbit_yaw", N_("Turn around the body"), [](Settings& s) -> float& { return s.camera.orbitYaw; }, -180,
      180, N_("degrees turned around the body's long axis from the view"), kView | kCamera, kCameraSection);
  addFloat(
      "camera.orbit_pitch", N_("Look from above or below"), [](Settings& s) -> float& { return s.camera.orbitPitch; },
      -89, 89, N_("degrees looked from above (+) or below (-) the view"), kView | kCamera, kCameraSection);
  addFloat(
      "camera.roll", N_("Turn the picture"), [](Settings& s) -> float& { return s.camera.roll; }, -180, 180,
      N_("degrees the picture turns counter-clockwise; 90 shows a lying patient across the screen, head left"),
      kView | kCamera, kCameraSection);
  addFloat(
      "camera.zoom", N_("Zoom"), [](Settings& s) -> float& { return s.camera.zoom; }, 0.25f, 8,
      N_("magnification; 1 frames the whole model"), kView | kCamera, kCameraSection);
  addEnum("camera.focus", N_("Frame"),
          {[](const Settings& s) { return static_cast<int>(s.camera.focus); },
           [](Settings& s, int v) { s.camera.focus = static_cast<CameraFocus>(v); }},
          choicesOf<CameraFocus>(), N_("frame the whole model, or the pelvis (hip bones and sacrum)"),
          kView | kCamera | kReframes, kCameraSection, {N_("the whole model"), N_("the pelvis")});
  addFloat(
      "camera.fov", N_("Lens angle"), [](Settings& s) -> float& { return s.camera.fov; }, 10, 90,
      N_("vertical field of view in degrees"), kView | kCamera, kCameraSection);
  addEnum("model.units", N_("Length unit of model files"),
          {[](const Settings& s) { return static_cast<int>(s.model.units); },
           [](Settings& s, int v) { s.model.units = static_cast<ModelUnits>(v); }},
          choicesOf<ModelUnits>(),
          N_("length unit of a model file that does not say (auto: what the file says, else metres)"), kPreference, "");
  addEnum("model.up", N_("Up axis of model files"),
          {[](const Settings& s) { return static_cast<int>(s.model.up); },
           [](Settings& s, int v) { s.model.up = static_cast<ModelUp>(v); }},
          choicesOf<ModelUp>(), N_("which axis of a model file points up (auto: what the file says, else y)"),
          kPreference, "");
  addText(
      "model.mapping", N_("Mapping file"), OptionKind::Path,
      [](Settings& s) -> std::string& { return s.model.mapping; },
      N_("mapping file naming a model's meshes as structures (default: MODEL.mapping.json beside the model)"), 0, "");
  addEnum("anatomy.sciatic_nerve", N_("Sciatic nerve"),
          {[](const Settings& s) { return static_cast<int>(s.anatomy.sciatic); },
           [](Settings& s, int v) { s.anatomy.sciatic = static_cast<SciaticCourse>(v); }},
          choicesOf<SciaticCourse>(),
          N_("where the sciatic nerve leaves the pelvis: below the piriformis (most people) or through it (about one "
             "in six)"),
          kPreference, kVariantSection,
          {N_("below the piriformis (most people)"), N_("through the piriformis (about 1 in 6)")});
  addBool(
      "pose.walking", N_("Walking"), [](Settings& s) -> bool& { return s.pose.walking; },
      N_("walk: the hips and low back move through a gait cycle, one stride every 1.1 s"), kView, kPoseSection);
  const unsigned angle = kView | kEases;
  addFloat(
      "pose.hip_flexion_l", N_("Left hip bent forward"), [](Settings& s) -> float& { return s.pose.hipFlexionL; }, -30,
      120, N_("left hip flexion in degrees (+ thigh forward, as in sitting)"), angle, kPoseSection);
  addFloat(
      "pose.hip_flexion_r", N_("Right hip bent forward"), [](Settings& s) -> float& { return s.pose.hipFlexionR; }, -30,
      120, N_("right hip flexion in degrees (+ thigh forward, as in sitting)"), angle, kPoseSection);
  addFloat(
      "pose.hip_abduction_l", N_("Left leg out to the side"),
      [](Settings& s) -> float& { return s.pose.hipAbductionL; }, -30, 45,
      N_("left hip abduction in degrees (+ out to the side, - across the midline)"), angle, kPoseSection);
  addFloat(
      "pose.hip_abduction_r", N_("Right leg out to the side"),
      [](Settings& s) -> float& { return s.pose.hipAbductionR; }, -30, 45,
      N_("right hip abduction in degrees (+ out to the side, - across the midline)"), angle, kPoseSection);
  addFloat(
      "pose.hip_rotation_l", N_("Left hip turned in"), [](Settings& s) -> float& { return s.pose.hipRotationL; }, -45,
      45, N_("left hip rotation in degrees (+ internal, - external)"), angle, kPoseSection);
  addFloat(
      "pose.hip_rotation_r", N_("Right hip turned in"), [](Settings& s) -> float& { return s.pose.hipRotationR; }, -45,
      45, N_("right hip rotation in degrees (+ internal, - external)"), angle, kPoseSection);
  addFloat(
      "pose.lumbar_flexion", N_("Low back bent forward"), [](Settings& s) -> float& { return s.pose.lumbarFlexion; },
      -30, 60, N_("low back flexion in degrees (+ bending forward), shared over L1-L5"), angle, kPoseSection);
  addFloat(
      "pose.lumbar_side_bend", N_("Low back bent to the left side"),
      [](Settings& s) -> float& { return s.pose.lumbarSideBend; }, -30, 30,
      N_("low back side bend in degrees (+ toward the left, - toward the right), shared over L1-L5"), angle,
      kPoseSection);
  addFloat(
      "pose.knee_flexion_l", N_("Left knee bent"), [](Settings& s) -> float& { return s.pose.kneeFlexionL; }, 0, 140,
      N_("left knee flexion in degrees (+ bending the knee, the heel toward the buttock)"), angle, kPoseSection);
  addFloat(
      "pose.knee_flexion_r", N_("Right knee bent"), [](Settings& s) -> float& { return s.pose.kneeFlexionR; }, 0, 140,
      N_("right knee flexion in degrees (+ bending the knee, the heel toward the buttock)"), angle, kPoseSection);
  addFloat(
      "pose.ankle_flexion_l", N_("Left ankle: toes up"), [](Settings& s) -> float& { return s.pose.ankleFlexionL; },
      -50, 30, N_("left ankle in degrees (+ toes up: dorsiflexion, - toes down: plantar flexion)"), angle,
      kPoseSection);
  addFloat(
      "pose.ankle_flexion_r", N_("Right ankle: toes up"), [](Settings& s) -> float& { return s.pose.ankleFlexionR; },
      -50, 30, N_("right ankle in degrees (+ toes up: dorsiflexion, - toes down: plantar flexion)"), angle,
      kPoseSection);
  addEnum(
      "render.background", N_("Background"),
      {[](const Settings& s) { return static_cast<int>(s.render.background); },
       [](Settings& s, int v) { s.render.background = static_cast<Background>(v); }},
      choicesOf<Background>(),
      N_("backdrop behind the model; transparent makes --output PNGs see-through around it (black in the window and "
         "in clips)"),
      kPreference, kLookSection, {N_("studio"), N_("dark"), N_("light"), N_("transparent")});
  addBool(
      "render.wireframe", N_("Show the mesh's triangles"), [](Settings& s) -> bool& { return s.render.wireframe; },
      N_("draw triangle edges over the surfaces"), kView, kLookSection);
  addBool(
      "render.xray", N_("X-ray"), [](Settings& s) -> bool& { return s.render.xray; },
      N_("X-ray: ghost the muscles so the highlighted ones, bones and nerves show through"), kView, kLookSection);
  addFloat(
      "render.peel", N_("Peel away layers"), [](Settings& s) -> float& { return s.render.peel; }, 0, 1,
      N_("peel the skin and the muscle layers away from the outside in (0: none, 1: down to the bones)"),
      kView | kEases, kLookSection);
  addFloat(
      "render.light", N_("Light"), [](Settings& s) -> float& { return s.render.lightIntensity; }, 0.2f, 2,
      N_("brightness of the key light"), kPreference, kLookSection);
  addBool(
      "ui.panel", N_("Side panel"), [](Settings& s) -> bool& { return s.ui.panel; },
      N_("show the side panel in the window"), kPreference, "");
  addLayerOptions(r);
  addText(
      "select", N_("Selected structure"), OptionKind::Text, [](Settings& s) -> std::string& { return s.select; },
      N_("structure to select and highlight, e.g. piriformis_r (empty: none)"), kView, "");
  addText(
      "hidden", N_("Hidden structures"), OptionKind::Text, [](Settings& s) -> std::string& { return s.hidden; },
      N_("structures to hide, comma-separated; gluteus_maximus means both sides"), kView, "");
  addText(
      "isolate", N_("Show only"), OptionKind::Text, [](Settings& s) -> std::string& { return s.isolate; },
      N_("show only this structure (both sides without _l/_r); empty shows all"), kView | kCamera | kReframes, "");
  addText(
      "pain.sites", N_("Where it hurts"), OptionKind::Text, [](Settings& s) -> std::string& { return s.painSites; },
      N_("where the patient feels pain, comma-separated skin zones (low_back, sacroiliac, buttock, lateral_hip, groin, "
         "anterior_thigh, medial_thigh, lateral_thigh, posterior_thigh, knee, shin, lateral_leg, calf, ankle, "
         "foot_top, "
         "foot_sole with _l or _r, or without for both sides; coccyx); ranks the muscles and nerves whose pain pattern "
         "covers them (--report)"),
      kView, "");
  addBool(
      "pain.candidates", N_("Show where the pain may come from"), [](Settings& s) -> bool& { return s.painCandidates; },
      N_("with pain marked: highlight the likely sources, with a line from each to the pain (the scenarios show "
         "only where it hurts)"),
      kView, "");
  addBool(
      "labels", N_("Name structures in the view"), [](Settings& s) -> bool& { return s.labels; },
      N_("name the structures that matter in the view (selected, highlighted, tense, the sciatic nerve), with leader "
         "lines"),
      kPreference, kViewSection);
  addBool(
      "highlight.deep", N_("Highlight the deep muscles"), [](Settings& s) -> bool& { return s.highlightDeep; },
      N_("highlight the deep muscles under the gluteals (deep rotators, gluteus medius and minimus)"), kView,
      kHighlightSection);
  addEnum("names", N_("Names"),
          {[](const Settings& s) { return static_cast<int>(s.names); },
           [](Settings& s, int v) { s.names = static_cast<NameMode>(v); }},
          choicesOf<NameMode>(), N_("how structures are named: clinical, lay (plain words) or both"), kPreference,
          kViewSection, {N_("both"), N_("clinical"), N_("plain words")});
  addEnum("names.wording", N_("Plain names say"),
          {[](const Settings& s) { return static_cast<int>(s.nameWording); },
           [](Settings& s, int v) { s.nameWording = static_cast<NameWording>(v); }},
          choicesOf<NameWording>(),
          N_("how the plain names are worded: everyday (\"big butt muscle\") or formal (\"large buttock muscle\")"),
          kPreference, kViewSection, {N_("everyday words (butt)"), N_("formal words (buttock)")});
  addEnum("record.size", N_("Clip size"),
          {[](const Settings& s) { return s.record.size; }, [](Settings& s, int v) { s.record.size = v; }},
          clipSizeNames(), N_("size of clips recorded from the window (16:9, 9:16 for phones, 1:1)"), kPreference,
          kRecordSection);
  addEnum("record.fps", N_("Frames per second"),
          {[](const Settings& s) { return s.record.fps; }, [](Settings& s, int v) { s.record.fps = v; }},
          clipFpsNames(), N_("frames per second of clips recorded from the window"), kPreference, kRecordSection);
  addBool(
      "record.panel", N_("Show this panel in clips"), [](Settings& s) -> bool& { return s.record.panel; },
      N_("clips recorded from the window show the side panel beside the 3D view (a walkthrough of the app)"),
      kPreference, kRecordSection);
  addEnum("handout.paper", N_("Handout paper"),
          {[](const Settings& s) { return static_cast<int>(s.record.paper); },
           [](Settings& s, int v) { s.record.paper = static_cast<HandoutPaper>(v); }},
          choicesOf<HandoutPaper>(),
          N_("paper of the patient's handout (PDF): auto (A4, or Letter where the locale uses it)"), kPreference,
          kRecordSection, {N_("as the system uses"), "A4", "Letter"});
  addText(
      "record.logo", N_("Clinic logo (PNG file)"), OptionKind::Path,
      [](Settings& s) -> std::string& { return s.record.logo; },
      N_("PNG image (your clinic's logo) drawn in the top-right corner of clips and screenshots"), kPreference,
      kRecordSection);
  addText(
      "record.watermark", N_("Clinic name on clips"), OptionKind::Words,
      [](Settings& s) -> std::string& { return s.record.watermark; },
      N_("text drawn small in the top-right corner of clips and screenshots, e.g. your clinic's name"), kPreference,
      kRecordSection);
  std::vector<std::string> presetNames;
  for (const Preset& p : presets()) presetNames.emplace_back(p.name);
  addEnum("preset", N_("Preset"),
          {[](const Settings& s) { return s.preset; },
           [](Settings& s, int v) {
             // A preset is what it sets on top of the defaults: it frames and shows the same from any
             // state, and leaves any scenario (and its caption). "none" changes nothing.
             if (v != 0) {
               OptionRegistry::instance().resetToDefaults(s, role::kView);
               s.scenario = s.stretch = 0;
             }
             s.preset = v;
             for (std::string_view assignment : presets()[static_cast<std::size_t>(v)].assignments)
               OptionRegistry::instance().apply(s, assignment,
                                                "preset " + std::string(presets()[static_cast<std::size_t>(v)].name));
           }},
          presetNames,
          N_("apply a named set of options: standing, sitting, bending_to_lift, lying_on_back, lying_on_side, walking, "
             "under_glutes, sciatic_nerve"),
          0, "");
  r.add({"tension.<muscle>",
         OptionKind::FloatMap,
         "tension 0..1 of a muscle (tension.piriformis_r), both sides (tension.psoas_major) or a group: hip_rotators, "
         "hip_flexors, hamstrings, glutes, quadriceps, adductors, low_back, calf",
         static_cast<std::map<std::string, float>& (*)(Settings&)>(
             [](Settings& s) -> std::map<std::string, float>& { return s.tension; }),
         0,
         1,
         {},
         {},
         kView | kEases,
         ""});
  std::vector<std::string> scenarioNames;
  for (const Scenario& sc : scenarios()) scenarioNames.emplace_back(sc.preset.name);
  addEnum("scenario", N_("Why it hurts"),
          {[](const Settings& s) { return s.scenario; },
           [](Settings& s, int v) {
             // A scenario is what it sets on top of the defaults, as a preset is. "none" leaves the
             // scenario: its caption goes and its muscles relax; the view stays as it is.
             if (v != 0) {
               OptionRegistry::instance().resetToDefaults(s, role::kView);
               s.preset = s.stretch = 0;
             } else {
               s.tension.clear();
             }
             s.scenario = v;
             const Preset& p = scenarios()[static_cast<std::size_t>(v)].preset;
             for (std::string_view assignment : p.assignments)
               OptionRegistry::instance().apply(s, assignment, "scenario " + std::string(p.name));
           }},
          scenarioNames, N_("one of the article's scenarios: tight_hips, iliopsoas, piriformis, both, release"), 0, "");
  std::vector<std::string> stretchNames;
  for (const Stretch& st : stretches()) stretchNames.emplace_back(st.name);
  addEnum("stretch", N_("Self-care stretch"),
          {[](const Settings& s) { return s.stretch; },
           [](Settings& s, int v) {
             s.stretch = v;
             applyStretch(s);
           }},
          stretchNames,
          N_("pose a self-care stretch and show its muscles lengthening: piriformis, hip_flexors, hamstrings, "
             "quadratus_lumborum, gluteals, adductors (none: no stretch)"),
          0, "");
  addEnum("stretch.side", N_("Stretched side"),
          {[](const Settings& s) { return s.stretchSide; },
           [](Settings& s, int v) {
             s.stretchSide = v;
             applyStretch(s);
           }},
          {"left", "right"}, N_("the side the stretch lengthens: left or right"), 0, "", {N_("left"), N_("right")});
  addFloat(
      "time", N_("Time"), [](Settings& s) -> float& { return s.time; }, 0, 86400,
      N_("animation time in seconds (headless frames; the window uses the clock)"), 0, "");
  addFloat(
      "ui.scale", N_("Text size"), [](Settings& s) -> float& { return s.ui.scale; }, 0.5f, 3,
      N_("panel text size, times the monitor's scale"), kPreference, "");
  addEnum("ui.language", N_("Language"),
          {[](const Settings& s) { return static_cast<int>(s.ui.language); },
           [](Settings& s, int v) { s.ui.language = static_cast<Language>(v); }},
          choicesOf<Language>(),
          N_("the language of names, captions and the panel: auto (the system's: LANGUAGE, LC_MESSAGES, LANG), en, de, "
             "es"),
          kPreference, kViewSection, {N_("system"), "English", "Deutsch", "Español"});
  return r;
}

}  // namespace hipscope
