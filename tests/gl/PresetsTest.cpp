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

// Bending to lift is done standing: on the screen the ankles are below the knees and the hips, the
// knees a little ahead of the ankles (the ankles bent 10 degrees), and the trunk leans forward over the
// thighs. Without the picture's roll the pelvis stays upright and the legs swing forward into the air.
TEST_F(GlTest, BendingToLiftStandsOnItsFeet) {
  const ViewScene scene(builtInModel());
  ASSERT_TRUE(scene.mechanics);
  const Settings s = with({"preset=bending_to_lift"});
  const OrbitCamera camera = scene.cameraFor(s, 16.0f / 9.0f);
  const std::vector<glm::mat4> world = scene.mechanics->jointTransforms(poseOf(s.pose));
  const auto screen = [&](const std::string& name) {  // up is +y, the camera's right +x
    for (std::size_t i = 0; i < scene.mechanics->joints().size(); ++i)
      if (scene.mechanics->joints()[i].name == name) {
        const glm::vec3 p = glm::vec3(world[i] * glm::vec4(scene.mechanics->joints()[i].position, 1.0f));
        return glm::vec2(glm::dot(p, camera.right()), glm::dot(p, camera.up()));
      }
    ADD_FAILURE() << name;
    return glm::vec2(0.0f);
  };
  const glm::vec2 hip = screen("hip_l"), knee = screen("knee_l"), ankle = screen("ankle_l"), l1 = screen("lumbar_l1");
  const glm::vec2 shin = knee - ankle, thigh = hip - knee, trunk = l1 - hip;
  const float shinLean = glm::degrees(std::atan2(std::abs(shin.x), shin.y));
  EXPECT_GT(shin.y, 0.0f);  // the knee above the ankle
  EXPECT_LT(shinLean, 20.0f) << "the shin stands nearly upright over the foot";
  EXPECT_GT(thigh.y, 0.0f);  // the hip above the knee
  // The trunk leans forward, away from the heels: the same way across the screen as the knee from the ankle.
  EXPECT_GT(trunk.x * shin.x, 0.0f);
  EXPECT_GT(std::abs(trunk.x), std::abs(trunk.y) * 0.5f) << "bent well forward";
}
