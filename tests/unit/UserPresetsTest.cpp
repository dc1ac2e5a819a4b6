// Views the user saves under a name: what is shown, not the preferences; kept in presets.json,
// checked line by line when read, never half-applied and never lost when the file is damaged.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"
#include "options/UserPresets.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

namespace {

std::string errorOf(const std::string& text) {
  try {
    parseUserPresets(text, "presets.json");
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

std::string valueOf(const Settings& s, const std::string& key) { return OptionRegistry::instance().get(s, key); }

}  // namespace

TEST(UserPresets, AViewKeepsWhatIsShownAndNotThePreferences) {
  const OptionRegistry& r = OptionRegistry::instance();
  EXPECT_TRUE(captureView(Settings{}).empty());
  Settings s;
  r.apply(s, "view=left");
  r.apply(s, "camera.zoom=1.75");
  r.apply(s, "render.xray=true");
  r.apply(s, "layers.superficial_glutes.opacity=0.25");
  r.apply(s, "tension.piriformis_r=0.8");
  r.apply(s, "pose.hip_flexion_r=45");
  r.apply(s, "select=piriformis_r");
  r.apply(s, "names=lay");  // a preference: not part of the view
  r.apply(s, "record.watermark=Praxis");
  const std::vector<std::string> view = captureView(s);
  const std::vector<std::string> expected{"view=left",
                                          "camera.zoom=1.75",
                                          "pose.hip_flexion_r=45",
                                          "render.xray=true",
                                          "layers.superficial_glutes.opacity=0.25",
                                          "select=piriformis_r",
                                          "tension.piriformis_r=0.8"};
  EXPECT_EQ(view, expected);

  // Shown on another screen: every view option comes back, the rest of that screen stays as it was.
  Settings other;
  r.apply(other, "scenario=both");  // tensions, highlight and a caption the saved view does not have
  r.apply(other, "camera.orbit_yaw=40");
  r.apply(other, "names=clinical");
  applyUserPreset(other, {"Sciatica", view, ""});
  for (const OptionSpec& spec : r.all())
    if (isViewOption(spec.key)) EXPECT_EQ(formatValue(spec, other), formatValue(spec, s)) << spec.key;
  EXPECT_EQ(valueOf(other, "names"), "clinical");
  EXPECT_EQ(other.scenario, 0);
  EXPECT_EQ(other.tension.size(), 1u);
}

TEST(UserPresets, WrittenAndReadBackTheSame) {
  UserPresets presets;
  EXPECT_TRUE(putUserPreset(presets, {"Sciatica, from behind", {"view=posterior", "render.xray=true"}, ""}));
  EXPECT_TRUE(putUserPreset(presets, {"Psoas \"deep\" \xc3\xbc", {"tension.psoas_major=1"}, ""}));
  EXPECT_TRUE(putUserPreset(presets, {"SCIATICA, FROM BEHIND", {"view=left"}, ""}));  // same name: replaced
  ASSERT_EQ(presets.presets.size(), 2u);
  EXPECT_EQ(presets.presets[0].name, "SCIATICA, FROM BEHIND");
  const UserPresets back = parseUserPresets(formatUserPresets(presets), "presets.json");
  ASSERT_EQ(back.presets.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(back.presets[i].name, presets.presets[i].name);
    EXPECT_EQ(back.presets[i].assignments, presets.presets[i].assignments);
    EXPECT_EQ(back.presets[i].problem, "");
  }
  for (std::size_t i = presets.presets.size(); i < kMaxUserPresets; ++i)
    EXPECT_TRUE(putUserPreset(presets, {"view " + std::to_string(i), {}, ""}));
  EXPECT_FALSE(putUserPreset(presets, {"one too many", {}, ""}));
}

TEST(UserPresets, NamesAreCheckedBeforeSaving) {
  EXPECT_EQ(checkPresetName("Mrs Lee, sciatica"), "");
  EXPECT_NE(checkPresetName(""), "");
  EXPECT_NE(checkPresetName("   "), "");
  EXPECT_NE(checkPresetName(std::string(kMaxPresetName + 1, 'a')), "");
  EXPECT_NE(checkPresetName("two\nlines"), "");
}

TEST(UserPresets, ABadFileNamesTheLineAndTheClosestName) {
  EXPECT_EQ(errorOf("{\"version\": 1,\n \"presest\": []}"),
            "presets.json line 2: unknown key \"presest\" (did you mean \"presets\"?)");
  EXPECT_EQ(errorOf("{\"version\": 2, \"presets\": []}"), "presets.json line 1: expected \"version\": 1");
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [\n"), errorOf("{\"version\": 1, \"presets\": [\n"));
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [\n").rfind("presets.json line 2: not valid JSON (", 0), 0u);
  EXPECT_EQ(
      errorOf("{\"version\": 1, \"presets\": [\n {\"name\": \"a\", \"set\": []},\n {\"name\": \"A\", \"set\": []}]}"),
      "presets.json line 3: presets[1].name: \"A\" is saved twice");
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [{\"name\": \"a\", \"sets\": []}]}"),
            "presets.json line 1: presets[0]: expected {\"name\": \"...\", \"set\": [\"key=value\", ...]}");
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [{\"name\": \"a\", \"set\": [], \"colour\": 1}]}"),
            "presets.json line 1: presets[0]: unknown key \"colour\" (valid: name, set)");
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [{\"name\": \"a\", \"set\": [3]}]}"),
            "presets.json line 1: presets[0].set: expected text like \"camera.zoom=1.5\"");
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [{\"name\": \"\", \"set\": []}]}"),
            "presets.json line 1: presets[0].name: give the view a name first");

  // One view that no longer fits is kept as written and marked; the others still work.
  const UserPresets presets = parseUserPresets(
      "{\"version\": 1, \"presets\": [\n {\"name\": \"old\", \"set\": [\n  \"view=left\",\n  \"camera.zom=2\"]},\n"
      " {\"name\": \"fine\", \"set\": [\"render.xray=true\"]}]}",
      "presets.json");
  ASSERT_EQ(presets.presets.size(), 2u);
  EXPECT_EQ(presets.presets[0].problem.rfind("presets.json line 4: ", 0), 0u) << presets.presets[0].problem;
  EXPECT_NE(presets.presets[0].problem.find("camera.zoom"), std::string::npos) << presets.presets[0].problem;
  EXPECT_EQ(presets.presets[0].assignments.size(), 2u);
  EXPECT_EQ(presets.presets[1].problem, "");
  EXPECT_NE(formatUserPresets(presets).find("camera.zom=2"), std::string::npos);

  // A brace inside a name or a value is not taken for the next view's start.
  EXPECT_EQ(errorOf("{\"version\": 1, \"presets\": [\n {\"name\": \"a {b}\", \"set\": [\"select={x}\"]},\n {\"name\": "
                    "\"\", \"set\": []}]}"),
            "presets.json line 3: presets[1].name: give the view a name first");
}

TEST(UserPresets, ADamagedFileIsShownAndNeverOverwritten) {
  const fs::path dir = fs::temp_directory_path() / "hipscope-presets-test";
  fs::remove_all(dir);
  const fs::path file = dir / "presets.json";
  EXPECT_TRUE(loadUserPresets(file).presets.empty());  // none yet
  EXPECT_EQ(loadUserPresets(file).problem, "");

  UserPresets presets;
  putUserPreset(presets, {"Sciatica", {"view=posterior", "render.xray=true"}, ""});
  saveUserPresets(file, presets);
  EXPECT_EQ(loadUserPresets(file).presets.at(0).assignments, presets.presets[0].assignments);
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename(), "presets.json");  // no temporary left

  { std::ofstream(file) << "{\"version\": 1, \"presets\": [{\"name\": \"Sciatica\",\n"; }  // cut off
  UserPresets damaged = loadUserPresets(file);
  EXPECT_EQ(damaged.problem.rfind(file.string() + " line 2: not valid JSON", 0), 0u) << damaged.problem;
  putUserPreset(damaged, {"new", {}, ""});
  try {
    saveUserPresets(file, damaged);
    ADD_FAILURE() << "a damaged file was overwritten";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("not saved: " + file.string() + " line 2", 0), 0u) << e.what();
  }
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(text, "{\"version\": 1, \"presets\": [{\"name\": \"Sciatica\",\n");
  fs::remove_all(dir);
}
