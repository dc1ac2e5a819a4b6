// The tension display over the built-in model in scenario "both": the sciatic nerve stays visible
// where the paths and the glow cross it: it is drawn back over them.
#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "options/OptionRegistry.hpp"
#include "render/Readback.hpp"
#include "render/SceneRenderer.hpp"
#include "view/ViewScene.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

constexpr int kWidth = 1280, kHeight = 720;

Image renderFrame(const ViewScene& scene, const Settings& settings, const OrbitCamera& camera, const PartStyles& st) {
  SceneRenderer renderer;
  RenderTarget target(kWidth, kHeight);
  renderer.renderInto(target, *scene.gpu, camera, scene.radius(), settings.render, &st);
  return readPixels(0, 0, kWidth, kHeight);
}

}  // namespace

TEST_F(GlTest, TheSciaticNerveShowsOverTheTensionPaths) {
  const ViewScene scene(builtInModel());
  Settings settings;
  OptionRegistry::instance().apply(settings, "scenario=both");
  const PartStyles st = scene.styles(settings, 0.5f);
  ASSERT_FALSE(st.lines.empty());
  const OrbitCamera camera = scene.cameraFor(settings, static_cast<float>(kWidth) / kHeight);
  PartStyles without = st;  // the same frame without the paths and the glow (the nerve still drawn twice)
  without.lines.clear();
  without.spots.clear();
  const Image with = renderFrame(scene, settings, camera, st), plain = renderFrame(scene, settings, camera, without);

  // Where the nerve shows in the frame: what changes when it is left out.
  PartStyles noNerve = without;
  for (int part : scene.roles.sciatic)
    if (part >= 0) noNerve.visible[static_cast<std::size_t>(part)] = 0;
  const Image hidden = renderFrame(scene, settings, camera, noNerve);
  const std::vector<char> display =
      tensionDisplayMask(st.lines, st.spots, camera, scene.radius(), st.time, kWidth, kHeight);
  const auto differ = [](const Image& a, const Image& b, std::size_t p) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a.rgba[p * 4 + c] - b.rgba[p * 4 + c]));
    return d > 24;
  };
  std::size_t underDisplay = 0, kept = 0;
  for (std::size_t p = 0; p < display.size(); ++p) {
    if (!display[p] || !differ(plain, hidden, p)) continue;  // no tension display here, or no nerve
    ++underDisplay;
    kept += !differ(with, plain, p);
  }
  std::printf("nerve pixels under the tension display: %zu, unchanged by it: %zu\n", underDisplay, kept);
  ASSERT_GE(underDisplay, 30u) << "the paths or the glow cross the nerve in this view (else this proves nothing)";
  EXPECT_GE(static_cast<double>(kept), 0.95 * static_cast<double>(underDisplay)) << "the paths hide the nerve";
}
