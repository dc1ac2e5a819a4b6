// Presets and scenarios are pure functions of what they set: from any scenario, a preset shows and
// frames exactly what it shows from a fresh start, caption included (a scenario's caption goes).
#include <string>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "base/Image.hpp"
#include "frame/Frame.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Presets.hpp"
#include "options/Scenarios.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

constexpr int kWidth = 192, kHeight = 108;

Image render(FrameRenderer& frames, const ViewScene& scene, const Settings& settings, int width = kWidth,
             int height = kHeight) {
  const Body body = scene.body(settings, settings.time);
  const PartStyles styles = scene.styles(body, settings.time);
  const FrameContent content{scene, settings, styles, scene.cameraFor(settings, float(width) / height),
                             Caption{captionOf(settings)}};
  frames.drawOffscreen(content, offscreenLayout(settings, width, height, false));
  return frames.readBack();
}

Settings with(std::initializer_list<std::string> assignments) {
  Settings s;
  s.labels = true;  // a preference: kept through presets and scenarios
  s.time = 0.5f;
  for (const std::string& a : assignments) OptionRegistry::instance().apply(s, a, "test");
  return s;
}

std::size_t differentPixels(const Image& a, const Image& b) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < a.rgba.size(); i += 4)
    n += a.rgba[i] != b.rgba[i] || a.rgba[i + 1] != b.rgba[i + 1] || a.rgba[i + 2] != b.rgba[i + 2];
  return n;
}

}  // namespace

TEST_F(GlTest, EveryPresetFramesTheSameAfterEveryScenarioAsFromAFreshStart) {
  const ViewScene scene(builtInModel());
  FrameRenderer frames;
  for (const Preset& preset : presets()) {
    if (preset.name == "none") continue;
    const std::string set = "preset=" + std::string(preset.name);
    const Settings fresh = with({set});
    EXPECT_TRUE(captionOf(fresh).empty()) << preset.name;
    const Image expected = render(frames, scene, fresh);
    for (const Scenario& scenario : scenarios()) {
      // Then the mouse's options too: a turned, zoomed, refocused camera.
      const Settings after = with({"scenario=" + std::string(scenario.preset.name), "camera.zoom=3",
                                   "camera.focus=pelvis", "camera.orbit_yaw=70", set});
      const Image got = render(frames, scene, after);
      EXPECT_EQ(differentPixels(got, expected), 0u) << scenario.preset.name << " then " << preset.name;
    }
  }
}

TEST_F(GlTest, EveryScenarioShowsTheSameWhateverCameBefore) {
  const ViewScene scene(builtInModel());
  FrameRenderer frames;
  for (const Scenario& scenario : scenarios()) {
    if (scenario.preset.name == "none") continue;
    const std::string set = "scenario=" + std::string(scenario.preset.name);
    const Image expected = render(frames, scene, with({set}));
    for (const Scenario& before : scenarios()) {
      const Image got =
          render(frames, scene, with({"scenario=" + std::string(before.preset.name), "preset=sitting", set}));
      EXPECT_EQ(differentPixels(got, expected), 0u) << before.preset.name << " then " << scenario.preset.name;
    }
  }
}

TEST_F(GlTest, ScenarioNoneTakesTheCaptionAndTheTensionAway) {
  const ViewScene scene(builtInModel());
  FrameRenderer frames;
  const Settings in = with({"scenario=piriformis"});
  const Settings left = with({"scenario=piriformis", "scenario=none"});
  EXPECT_FALSE(captionOf(in).empty());
  EXPECT_TRUE(captionOf(left).empty());
  EXPECT_TRUE(left.tension.empty());
  EXPECT_EQ(left.camera.view, in.camera.view) << "the view stays where the scenario left it";
  // The caption band and the relaxed muscle both change the picture.
  EXPECT_GT(differentPixels(render(frames, scene, in), render(frames, scene, left)), 500u);
}

TEST_F(GlTest, TheSelectedStructureHasItsOwnColourApartFromTheHighlightedGroup) {
  const ViewScene scene(builtInModel());
  FrameRenderer frames;
  // Bluish green: more green than red and than blue, unlike the red muscles, yellow nerve, white
  // bone and the group's sky blue.
  auto greenish = [](const Image& image) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < image.rgba.size(); i += 4) {
      const int r = image.rgba[i], g = image.rgba[i + 1], b = image.rgba[i + 2];
      n += g > r + 40 && g > b + 15;
    }
    return n;
  };
  const Image group =
      render(frames, scene, with({"preset=sciatic_nerve", "select=", "highlight.deep=true", "labels=false"}), 960, 540);
  const Image selected =
      render(frames, scene,
             with({"preset=sciatic_nerve", "select=piriformis_r", "highlight.deep=true", "labels=false"}), 960, 540);
  EXPECT_LT(greenish(group), 5u);
  EXPECT_GT(greenish(selected), 60u) << "the selected piriformis looks like the rest of the group";
}
