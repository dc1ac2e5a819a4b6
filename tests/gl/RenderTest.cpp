// The scene renderer draws a model where the camera says, with no GL errors.
#include "GlFixture.hpp"
#include "base/Image.hpp"
#include "render/Readback.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"

using namespace hipscope;
using hipscope::test::GlTest;

namespace {

Model square(glm::vec4 color) {
  Model m;
  MeshPart p;
  p.name = "square";
  p.color = color;
  for (glm::vec3 v : {glm::vec3(-1, -1, 0), glm::vec3(1, -1, 0), glm::vec3(1, 1, 0), glm::vec3(-1, 1, 0)})
    p.vertices.push_back({v, {0, 0, 1}, {0, 0}});
  p.indices = {0, 1, 2, 0, 2, 3};
  m.parts.push_back(p);
  for (const auto& v : m.parts[0].vertices) m.bounds.add(v.position);
  return m;
}

// A red square in front of one of colour `behind`, half a metre back.
Model squareBeforeSquare(glm::vec4 behind) {
  Model model = square({1.0f, 0.0f, 0.0f, 1.0f});
  MeshPart back = model.parts[0];
  back.name = "back";
  back.color = behind;
  for (Vertex& v : back.vertices) v.position.z = -0.5f;
  model.parts.push_back(back);
  model.bounds.add(glm::vec3(0, 0, -0.5f));
  return model;
}

// A square camera framing the model's bounds from the front.
OrbitCamera frontCamera(const Model& model) {
  OrbitCamera camera;
  camera.aspect = 1.0f;
  camera.pose = framedPose(model.bounds, ViewPreset::Anterior, camera);
  return camera;
}

}  // namespace

TEST_F(GlTest, RendersTheModelInTheCentreAndBackgroundAtTheEdge) {
  const Model model = square({1.0f, 0.0f, 0.0f, 1.0f});
  GpuModel gpu(model);
  SceneRenderer renderer;
  RenderTarget target(64, 64);
  target.bind();
  OrbitCamera camera;
  camera.aspect = 1.0f;
  camera.pose = framedPose(model.bounds, ViewPreset::Anterior, camera);
  RenderSettings settings;
  settings.background = Background::Dark;
  const FrameStats stats = renderer.render(gpu, camera, model.bounds.radius(), settings, {0, 0, 64, 64});
  EXPECT_EQ(stats.triangles, 2u);
  const Image img = readPixels(0, 0, 64, 64);
  auto at = [&](int x, int y) { return &img.rgba[(static_cast<std::size_t>(y) * 64 + x) * 4]; };
  EXPECT_GT(at(32, 32)[0], 150);  // lit red square
  EXPECT_LT(at(32, 32)[2], 120);
  EXPECT_LT(at(1, 1)[0], 40);  // dark backdrop in the corner
  EXPECT_EQ(at(32, 32)[3], 255);
}

TEST_F(GlTest, CameraFromBehindSeesTheSameSquare) {
  const Model model = square({0.0f, 0.8f, 0.0f, 1.0f});
  GpuModel gpu(model);
  SceneRenderer renderer;
  RenderTarget target(32, 32);
  target.bind();
  OrbitCamera camera;
  camera.aspect = 1.0f;
  camera.pose = framedPose(model.bounds, ViewPreset::Posterior, camera);
  renderer.render(gpu, camera, model.bounds.radius(), RenderSettings{}, {0, 0, 32, 32});
  const Image img = readPixels(0, 0, 32, 32);
  EXPECT_GT(img.rgba[(16 * 32 + 16) * 4 + 1], 120);  // two-sided lighting: green from behind too
}

TEST_F(GlTest, GhostedSquareShowsTheOneBehindAndBothTransparencyPathsAgree) {
  // A red square in front of a green one; the red one ghosted at 30 %.
  const Model model = squareBeforeSquare({0.0f, 0.8f, 0.0f, 1.0f});
  GpuModel gpu(model);
  const OrbitCamera camera = frontCamera(model);
  PartStyles styles;
  styles.opacity = {0.3f, 1.0f};
  RenderTarget target(48, 48);
  auto renderWith = [&](bool combined) {
    SceneRenderer renderer(combined);
    target.bind();
    renderer.render(gpu, camera, model.bounds.radius(), RenderSettings{}, {0, 0, 48, 48}, &styles);
    return readPixels(0, 0, 48, 48);
  };
  const Image one = renderWith(true), two = renderWith(false);
  const std::uint8_t* centre = &one.rgba[(24 * 48 + 24) * 4];
  EXPECT_GT(centre[1], 60) << "the green square shows through the ghost";
  EXPECT_GT(centre[0], 40) << "the red ghost tints it";
  // Over an opaque background every pixel is opaque: a PNG of a ghosted view must not be see-through.
  for (const Image* image : {&one, &two})
    for (std::size_t i = 3; i < image->rgba.size(); i += 4) ASSERT_EQ(image->rgba[i], 255) << "pixel " << i / 4;
  int worst = 0;
  for (std::size_t i = 0; i < one.rgba.size(); ++i) worst = std::max(worst, std::abs(one.rgba[i] - two.rgba[i]));
  EXPECT_LE(worst, 2) << "one-pass and two-pass transparency must give the same image";
}

TEST_F(GlTest, GhostsOfClosedMeshesAreBlendedFarthestFirst) {
  // Two half-transparent squares facing the camera, the red one in front, listed first (as the
  // opaque parts' nearest-first order would draw it). Straight blending gives the front one the
  // larger share only when the far one is drawn first.
  const Model model = squareBeforeSquare({0.0f, 1.0f, 0.0f, 1.0f});
  GpuModel gpu(model);
  const OrbitCamera camera = frontCamera(model);
  PartStyles styles;
  styles.opacity = {0.5f, 0.5f};
  styles.cullBackFaces = true;  // closed, outward-wound meshes: blended in order, not accumulated
  RenderTarget target(48, 48);
  SceneRenderer renderer;
  target.bind();
  RenderSettings settings;
  settings.background = Background::Dark;
  renderer.render(gpu, camera, model.bounds.radius(), settings, {0, 0, 48, 48}, &styles);
  const Image img = readPixels(0, 0, 48, 48);
  const std::uint8_t* centre = &img.rgba[(24 * 48 + 24) * 4];
  EXPECT_GT(centre[1], 25) << "the green square shows through the red one";
  // Here red 84 and green 65; drawn the other way round, red 65 and green 84.
  EXPECT_GT(centre[0], centre[1]) << "the near red square is blended last, over the green one";
  EXPECT_EQ(centre[3], 255);
}

namespace {

// A 1 m square as an n x n grid (2 n^2 triangles).
MeshPart grid(int n) {
  MeshPart p;
  p.name = "grid";
  for (int y = 0; y <= n; ++y)
    for (int x = 0; x <= n; ++x)
      p.vertices.push_back(
          {{static_cast<float>(x) / n - 0.5f, static_cast<float>(y) / n - 0.5f, 0}, {0, 0, 1}, {0, 0}});
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x) {
      const auto at = [n](int i, int j) { return static_cast<std::uint32_t>(j * (n + 1) + i); };
      p.indices.insert(p.indices.end(),
                       {at(x, y), at(x + 1, y), at(x + 1, y + 1), at(x, y), at(x + 1, y + 1), at(x, y + 1)});
    }
  return p;
}

std::size_t trianglesDrawn(const GpuModel& gpu, const Model& model, int size, bool wireframe) {
  SceneRenderer renderer;
  RenderTarget target(size, size);
  target.bind();
  OrbitCamera camera;
  camera.aspect = 1.0f;
  camera.pose = framedPose(model.bounds, ViewPreset::Anterior, camera);
  RenderSettings settings;
  settings.wireframe = wireframe;
  return renderer.render(gpu, camera, model.bounds.radius(), settings, {0, 0, size, size}).triangles;
}

}  // namespace

TEST_F(GlTest, APartOutsideTheViewIsLeftOutUnlessThePoseBringsItIn) {
  // A square in view and one 100 m to its side, which the framing leaves out.
  Model model = square({1.0f, 0.0f, 0.0f, 1.0f});
  MeshPart far = model.parts[0];
  far.name = "far";
  for (Vertex& v : far.vertices) {
    v.position.x += 100.0f;
    v.joints[0] = 0;
    v.weights[0] = 1.0f;  // it follows joint 0
  }
  model.parts.push_back(far);
  GpuModel gpu(model);
  const OrbitCamera camera = frontCamera(model);  // the first square's bounds
  RenderTarget target(32, 32);
  SceneRenderer renderer;
  target.bind();
  PartStyles styles;
  EXPECT_EQ(renderer.render(gpu, camera, model.bounds.radius(), RenderSettings{}, {0, 0, 32, 32}, &styles).triangles,
            2u)
      << "at rest the far square lies outside the view";
  styles.joints = {glm::mat4(1.0f)};
  styles.joints[0][3] = glm::vec4(-100.0f, 0.0f, 0.2f, 1.0f);  // the pose moves it in front of the first
  target.bind();
  EXPECT_EQ(renderer.render(gpu, camera, model.bounds.radius(), RenderSettings{}, {0, 0, 32, 32}, &styles).triangles,
            4u)
      << "posed, it is in view and drawn";
  EXPECT_TRUE(gl::errorCount() == 0) << gl::lastError();
}

TEST_F(GlTest, SmallOnScreenAPartIsDrawnFromItsCoarserLevelOfDetail) {
  Model model;
  model.parts.push_back(grid(20));         // 800 triangles, 5 cm edges
  model.parts[0].lods.push_back(grid(4));  // 32 triangles, 25 cm edges
  for (const auto& v : model.parts[0].vertices) model.bounds.add(v.position);
  GpuModel gpu(model);
  EXPECT_EQ(gpu.triangleCount(), 800u);
  EXPECT_EQ(trianglesDrawn(gpu, model, 24, false), 32u);    // a 25 cm edge spans a few pixels
  EXPECT_EQ(trianglesDrawn(gpu, model, 512, false), 800u);  // here it would span ~100: full detail
  EXPECT_EQ(trianglesDrawn(gpu, model, 24, true), 800u);    // a wireframe always shows the real mesh
  EXPECT_TRUE(gl::errorCount() == 0) << gl::lastError();
}
