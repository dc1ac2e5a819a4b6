// Storyboards: parsing, validation with line numbers, and the shipped ones.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/Error.hpp"
#include "options/Settings.hpp"
#include "recording/Storyboard.hpp"

using namespace hipscope;

namespace {

std::string errorOf(const std::string& text) {
  try {
    parseStoryboard(text, "clip.json", Settings{});
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Storyboard, StepsCarrySettingsForward) {
  const Storyboard b = parseStoryboard(R"({"fps": 60, "size": "640x360", "steps": [
      {"duration": 2, "set": {"scenario": "piriformis"}, "title": "One"},
      {"duration": 1.5, "transition": 0.5, "set": {"camera.zoom": 2}}]})",
                                       "clip.json", Settings{});
  EXPECT_EQ(b.fps, 60);
  EXPECT_EQ(b.width, 640);
  EXPECT_EQ(b.height, 360);
  ASSERT_EQ(b.steps.size(), 2u);
  EXPECT_FLOAT_EQ(b.duration(), 3.5f);
  EXPECT_EQ(b.steps[0].title, "One");
  EXPECT_FLOAT_EQ(b.steps[1].transition, 0.5f);
  // The second step keeps the first one's scenario and changes only the zoom.
  EXPECT_EQ(b.steps[1].settings.scenario, b.steps[0].settings.scenario);
  EXPECT_FLOAT_EQ(b.steps[1].settings.camera.zoom, 2.0f);
  EXPECT_NE(b.steps[0].settings.camera.zoom, 2.0f);
}

TEST(Storyboard, AStepsPresetOrScenarioIsTheBaseItsOtherOptionsChange) {
  // "camera.zoom" sorts before "scenario", and a scenario starts from the defaults: the zoom still wins.
  const Storyboard b = parseStoryboard(R"({"steps": [
      {"duration": 1, "set": {"camera.zoom": 2.5, "scenario": "both", "highlight.deep": true}},
      {"duration": 1, "set": {"camera.orbit_yaw": 12, "preset": "sitting"}}]})",
                                       "clip.json", Settings{});
  EXPECT_FLOAT_EQ(b.steps[0].settings.camera.zoom, 2.5f);
  EXPECT_TRUE(b.steps[0].settings.highlightDeep);
  EXPECT_GT(b.steps[0].settings.tension.at("piriformis_r"), 0.5f);
  EXPECT_FLOAT_EQ(b.steps[1].settings.camera.orbitYaw, 12.0f);
  EXPECT_FLOAT_EQ(b.steps[1].settings.pose.hipFlexionL, 90.0f);
  EXPECT_EQ(b.steps[1].settings.scenario, 0) << "a preset leaves the scenario";
}

TEST(Storyboard, MistakesNameTheLine) {
  EXPECT_EQ(errorOf("{\n\"steps\": [\n{\"duration\": 1, \"set\": {\"view\": \"postrior\"}}\n]}"),
            "clip.json line 3: steps[0].set: view=postrior: unknown value (did you mean \"posterior\"?)");
  EXPECT_NE(errorOf("{\"steps\": [{\"duraton\": 1}]}").find("unknown key \"duraton\""), std::string::npos);
  EXPECT_NE(errorOf("{\"fps\": 25, \"steps\": [{\"duration\": 1}]}").find("\"fps\" must be 24, 30 or 60"),
            std::string::npos);
  EXPECT_NE(errorOf("[1, 2]").find("clip.json line 1"), std::string::npos);
  EXPECT_NE(errorOf("{\"steps\": [{\"duration\": 1,}]}").find("not valid JSON"), std::string::npos);
}

TEST(Storyboard, ShippedStoryboardsAreValid) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HIPSCOPE_STORYBOARDS)) {
    SCOPED_TRACE(entry.path().string());
    const Storyboard b = loadStoryboard(entry.path(), Settings{});
    EXPECT_FALSE(b.name.empty());
    EXPECT_GE(b.duration(), 10.0f);  // a clip a patient can follow, not a flash
    for (const auto& step : b.steps) EXPECT_FALSE(step.title.empty());
    ++count;
  }
  EXPECT_GE(count, 2);
}

TEST(Storyboard, FilesNamedInItAreFoundBesideIt) {
  const Storyboard b = parseStoryboard(R"({"steps": [
      {"duration": 1, "set": {"record.logo": "../logos/clinic.png"}},
      {"duration": 1, "set": {"record.logo": "/abs/logo.png"}}]})",
                                       "clip.json", Settings{}, "/home/therapist/clips");
  EXPECT_EQ(b.steps[0].settings.record.logo, "/home/therapist/logos/clinic.png");
  EXPECT_EQ(b.steps[1].settings.record.logo, "/abs/logo.png");
}

TEST(Storyboard, ANumberTooLargeForAnyTypeIsAnErrorNotACrash) {  // found by fuzz-storyboard
  const std::string e = errorOf(R"({"fps": 33E333333333333333333, "steps": []})");
  EXPECT_EQ(e.rfind("clip.json: not valid JSON (number overflow", 0), 0u) << e;
}

TEST(Storyboard, ATitleThatIsNotTextIsAnErrorNotACrash) {  // found by fuzz-storyboard
  EXPECT_EQ(errorOf("{\"steps\": [\n {\"duration\": 1, \"subtitle\": 1}]}"),
            "clip.json line 2: steps[0].subtitle: expected text in quotes");
  EXPECT_EQ(errorOf("{\n \"name\": [1],\n \"steps\": []}"), "clip.json line 2: \"name\": expected text in quotes");
}
