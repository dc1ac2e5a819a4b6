// A view being dragged is drawn at half its width and height and stretched into the window's view: the
// same picture, softer, from a quarter of the pixels and the coarser levels of detail.
#include <algorithm>
#include <cstdio>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "render/Readback.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"
#include "view/ViewScene.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

constexpr int kW = 640, kH = 360;

struct Drawn {
  Image image;
  FrameStats stats;
};

Drawn draw(SceneRenderer& renderer, const ViewScene& scene, float scale) {
  const Settings settings;
  const RenderTarget window(kW, kH);  // stands for the window's framebuffer
  window.bind();
  const OrbitCamera camera = scene.cameraFor(settings, float(kW) / kH);
  const PartStyles st = scene.styles(settings, 0.0f);
  const FrameStats stats =
      renderer.render(*scene.gpu, camera, scene.radius(), settings.render, {0, 0, kW, kH}, &st, scale);
  window.bind();
  return {readPixels(0, 0, kW, kH), stats};
}

// The model's pixels: those that differ from the backdrop's colour in the same place of an empty frame
// by more than a little (the backdrop is a smooth gradient).
std::vector<char> modelMask(const Image& frame, const Image& empty) {
  std::vector<char> mask(static_cast<std::size_t>(kW) * kH);
  for (std::size_t i = 0; i < mask.size(); ++i) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d += std::abs(int(frame.rgba[i * 4 + c]) - int(empty.rgba[i * 4 + c]));
    mask[i] = d > 24;
  }
  return mask;
}

}  // namespace

TEST_F(GlTest, ADraggedViewIsTheSamePictureFromAQuarterOfThePixels) {
  static const ViewScene scene(builtInModel());
  SceneRenderer renderer;
  const Drawn full = draw(renderer, scene, 1.0f);
  const Drawn dragged = draw(renderer, scene, 0.5f);
  const Drawn again = draw(renderer, scene, 1.0f);  // the full-size buffer kept: the same frame as before
  Settings none;
  for (LayerSettings& layer : none.layers) layer.visible = false;
  const RenderTarget window(kW, kH);
  window.bind();
  const PartStyles st = scene.styles(none, 0.0f);
  renderer.render(*scene.gpu, scene.cameraFor(none, float(kW) / kH), scene.radius(), none.render, {0, 0, kW, kH}, &st);
  const Image empty = readPixels(0, 0, kW, kH);

  const std::vector<char> a = modelMask(full.image, empty), b = modelMask(dragged.image, empty);
  std::size_t both = 0, either = 0;
  for (std::size_t i = 0; i < a.size(); ++i) both += a[i] && b[i], either += a[i] || b[i];
  const double overlap = double(both) / double(std::max<std::size_t>(either, 1));
  std::printf("model pixels %zu full, overlap with the dragged frame %.3f; triangles %zu full, %zu dragged\n",
              std::size_t(std::count(a.begin(), a.end(), 1)), overlap, full.stats.triangles, dragged.stats.triangles);
  EXPECT_GT(std::count(a.begin(), a.end(), 1), 10000);  // the body is there
  EXPECT_GT(overlap, 0.9);                              // in the same place, the same shape
  EXPECT_LE(dragged.stats.triangles, full.stats.triangles);
  EXPECT_NE(dragged.image.rgba, full.image.rgba);  // softer: really drawn smaller
  EXPECT_EQ(again.image.rgba, full.image.rgba);
}
