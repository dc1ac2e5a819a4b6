// The tension display over the built-in model in scenario "both": the sciatic nerve stays visible
// where the paths cross it (drawn back over them), and the display is the paths and glow, no more.
#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "options/OptionRegistry.hpp"
#include "render/IdRenderer.hpp"
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

  IdRenderer ids;
  const std::vector<char> visible = ViewScene::pickable(st);
  ids.render(*scene.gpu, camera, scene.radius(), kWidth, kHeight, &visible, &st.joints, &st.variant);
  const std::vector<std::uint32_t> id = ids.readAll();
  const std::vector<char> display =
      tensionDisplayMask(st.lines, st.spots, camera, scene.radius(), st.time, kWidth, kHeight);
  std::size_t underDisplay = 0, kept = 0;
  for (std::size_t p = 0; p < id.size(); ++p) {
    if (id[p] == 0 || !display[p]) continue;
    const std::string& name = scene.model.parts[id[p] - 1].name;
    if (name.rfind("sciatic_nerve", 0) != 0) continue;
    ++underDisplay;
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(with.rgba[p * 4 + c] - plain.rgba[p * 4 + c]));
    kept += d <= 24;
  }
  std::printf("nerve pixels under the tension display: %zu, unchanged by it: %zu\n", underDisplay, kept);
  ASSERT_GE(underDisplay, 30u) << "the paths or the glow cross the nerve in this view (else this proves nothing)";
  EXPECT_GE(static_cast<double>(kept), 0.95 * static_cast<double>(underDisplay)) << "the paths hide the nerve";
}
