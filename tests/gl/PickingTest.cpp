// Picking: the id buffer names the structure under a pixel; it agrees with an independent CPU ray cast.
#include "GlFixture.hpp"
#include "render/IdRenderer.hpp"
#include "scene/ModelLoader.hpp"
#include "scene/Raycast.hpp"

using namespace hipscope;
using hipscope::test::GlTest;

TEST_F(GlTest, IdBufferMatchesRayCastOnTheBuiltInModel) {
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  GpuModel gpu(model);
  const int w = 160, h = 120;
  OrbitCamera camera;
  camera.aspect = static_cast<float>(w) / h;
  camera.pose = framedPose(model.bounds, ViewPreset::Posterior, camera, 20.0f, 10.0f, 2.0f);
  IdRenderer ids;
  ids.render(gpu, camera, model.bounds.radius(), w, h, nullptr);

  int agree = 0, hits = 0, samples = 0;
  for (int y = 4; y < h; y += 8)
    for (int x = 4; x < w; x += 8) {
      // Centre of pixel (x, y) in normalised device coordinates.
      const glm::vec2 ndc((x + 0.5f) / w * 2.0f - 1.0f, 1.0f - (y + 0.5f) / h * 2.0f);
      const auto hit = raycast(model, camera.rayThrough(ndc));
      const std::uint32_t id = ids.at(x, y);
      ++samples;
      if (!hit) {
        agree += id == 0;
        continue;
      }
      ++hits;
      agree += id == hit->part + 1;
    }
  EXPECT_GT(hits, samples / 5) << "the model should fill a good part of the frame";
  // Edges of structures may round either way; everywhere else both methods must name the same part.
  EXPECT_GE(agree, samples * 95 / 100) << agree << " of " << samples << " samples agree";
}

TEST_F(GlTest, HiddenPartsDoNotPick) {
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  GpuModel gpu(model);
  OrbitCamera camera;
  camera.aspect = 1.0f;
  camera.pose = framedPose(model.bounds, ViewPreset::Posterior, camera);
  std::vector<char> visible(model.parts.size(), 0);
  IdRenderer ids;
  ids.render(gpu, camera, model.bounds.radius(), 64, 64, &visible);
  const Coverage c = countCoverage(ids.readAll(), model.parts.size());
  EXPECT_EQ(c.background, 64u * 64u);
}
