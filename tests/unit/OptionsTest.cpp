// Options registry: parsing, ranges, enums, errors with the closest valid name.
#include <gtest/gtest.h>

#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"

using namespace hipscope;

namespace {
const OptionRegistry& reg() { return OptionRegistry::instance(); }

std::string errorOf(Settings& s, const std::string& assignment) {
  try {
    reg().apply(s, assignment);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(Options, SetsTypedFieldsThroughStringKeys) {
  Settings s;
  reg().apply(s, "camera.fov=45");
  reg().apply(s, "view=left");
  reg().apply(s, "render.wireframe=on");
  reg().apply(s, "render.background=light");
  EXPECT_FLOAT_EQ(s.camera.fov, 45.0f);
  EXPECT_EQ(s.camera.view, ViewPreset::Left);
  EXPECT_TRUE(s.render.wireframe);
  EXPECT_EQ(s.render.background, Background::Light);
  EXPECT_EQ(reg().get(s, "camera.fov"), "45");
  EXPECT_EQ(reg().get(s, "view"), "left");
  EXPECT_EQ(reg().get(s, "render.wireframe"), "true");
}

TEST(Options, DefaultsMatchTheSettingsStruct) {
  const Settings defaults;
  for (const OptionSpec& spec : reg().all()) EXPECT_EQ(spec.defaultValue, formatValue(spec, defaults)) << spec.key;
  EXPECT_EQ(reg().find("view")->defaultValue, "posterior");
}

TEST(Options, EveryOptionRoundTripsItsDefault) {
  for (const OptionSpec& spec : reg().all()) {
    if (spec.kind == OptionKind::FloatMap) continue;  // a family of keys, tested below
    Settings s;
    reg().set(s, spec.key, spec.defaultValue);
    EXPECT_EQ(formatValue(spec, s), spec.defaultValue) << spec.key;
  }
}

TEST(Options, UnknownKeySuggestsClosest) {
  Settings s;
  EXPECT_NE(errorOf(s, "camera.fob=3").find("did you mean \"camera.fov\""), std::string::npos);
  EXPECT_NE(errorOf(s, "fov=3").find("did you mean \"camera.fov\""), std::string::npos);
  EXPECT_NE(errorOf(s, "wireframe=true").find("did you mean \"render.wireframe\""), std::string::npos);
}

TEST(Options, BadValuesAreErrorsNamingTheKey) {
  Settings s;
  EXPECT_NE(errorOf(s, "view=postrior").find("did you mean \"posterior\""), std::string::npos);
  EXPECT_NE(errorOf(s, "camera.fov=wide").find("camera.fov=wide: expected a number"), std::string::npos);
  EXPECT_NE(errorOf(s, "camera.fov=5").find("out of range 10..90"), std::string::npos);
  EXPECT_NE(errorOf(s, "camera.fov=nan").find("expected a number"), std::string::npos);
  EXPECT_NE(errorOf(s, "camera.fov=45x").find("expected a number"), std::string::npos);
  EXPECT_NE(errorOf(s, "render.wireframe=maybe").find("expected true or false"), std::string::npos);
  EXPECT_NE(errorOf(s, "view").find("is not key=value"), std::string::npos);
  EXPECT_NE(errorOf(s, "=3").find("is not key=value"), std::string::npos);
  // A failed set leaves the setting untouched.
  EXPECT_FLOAT_EQ(s.camera.fov, Settings{}.camera.fov);
}

TEST(Options, ErrorsCarryTheirOrigin) {
  Settings s;
  try {
    reg().set(s, "view", "sideways", "preset.json line 3");
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("preset.json line 3: ", 0), 0u) << e.what();
  }
}

TEST(Options, DescribeListsEveryKeyWithTypeDefaultAndHelp) {
  const std::string text = reg().describe();
  for (const OptionSpec& spec : reg().all()) {
    EXPECT_NE(text.find(spec.key), std::string::npos);
    EXPECT_NE(text.find(spec.help), std::string::npos);
  }
  EXPECT_NE(text.find("anterior|posterior|left|right|superior|inferior"), std::string::npos);
}

TEST(Options, TensionKeysNameAnyMuscleOrGroup) {
  Settings s;
  reg().apply(s, "tension.piriformis_r=0.8");
  reg().apply(s, "tension.hamstrings=0.25");
  EXPECT_FLOAT_EQ(s.tension.at("piriformis_r"), 0.8f);
  EXPECT_FLOAT_EQ(s.tension.at("hamstrings"), 0.25f);
  EXPECT_EQ(reg().get(s, "tension.<muscle>"), "hamstrings=0.25,piriformis_r=0.8");
  EXPECT_NE(errorOf(s, "tension.piriformis_r=2").find("out of range 0..1"), std::string::npos);
  EXPECT_NE(errorOf(s, "tension.piri-formis=0.5").find("only letters"), std::string::npos);
  EXPECT_NE(errorOf(s, "tension.=0.5").find("unknown option"), std::string::npos);
}

TEST(Options, EveryPanelWidgetSpeaksInPlainWords) {
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (spec.section.empty()) continue;  // not a widget of the panel
    EXPECT_FALSE(spec.label.empty()) << spec.key << " has no label: the panel would show its key";
    EXPECT_EQ(spec.label.find_first_of("._"), std::string::npos) << spec.key << ": \"" << spec.label << "\"";
    EXPECT_NE(spec.label, spec.key);
    if (!spec.choiceLabels.empty()) EXPECT_EQ(spec.choiceLabels.size(), spec.choices.size()) << spec.key;
    for (const std::string& words : spec.choiceLabels) EXPECT_EQ(words.find('_'), std::string::npos) << spec.key;
  }
  const OptionSpec* view = OptionRegistry::instance().find("view");
  ASSERT_NE(view, nullptr);
  EXPECT_EQ(view->choiceLabels.at(static_cast<std::size_t>(ViewPreset::Posterior)), "back");
}
