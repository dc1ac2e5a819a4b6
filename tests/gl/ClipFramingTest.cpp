// Clips frame their subject to fill the frame at every aspect a therapist records (16:9, 9:16 for
// phones, 1:1): at the end of every step of every shipped storyboard, what is drawn of the body
// reaches across most of the frame's width or height, whichever the subject meets first.
#include <algorithm>
#include <filesystem>
#include <string>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "base/Image.hpp"
#include "frame/Frame.hpp"
#include "options/OptionRegistry.hpp"
#include "recording/Storyboard.hpp"
#include "view/StoryboardPlayer.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

// The bounding box of the pixels the body covers, as fractions of the frame (transparent background).
glm::vec2 filled(const Image& image) {
  int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      if (image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4 + 3] > 40)
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  if (x1 < 0) return glm::vec2(0.0f);
  return {static_cast<float>(x1 - x0 + 1) / image.width, static_cast<float>(y1 - y0 + 1) / image.height};
}

}  // namespace

TEST_F(GlTest, EveryShippedClipFillsItsFrameAtEveryAspect) {
  const ViewScene scene(builtInModel());
  FrameRenderer frames;
  std::size_t boards = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HIPSCOPE_STORYBOARDS)) {
    if (entry.path().extension() != ".json") continue;
    ++boards;
    const Storyboard board = loadStoryboard(entry.path(), Settings{});
    for (const glm::ivec2 size : {glm::ivec2(320, 180), glm::ivec2(180, 320), glm::ivec2(240, 240)}) {
      const float aspect = static_cast<float>(size.x) / static_cast<float>(size.y);
      float end = 0.0f;
      for (std::size_t k = 0; k < board.steps.size(); ++k) {
        end += board.steps[k].duration;
        StoryFrame frame = storyFrameAt(board, scene, aspect, end - 0.05f);
        OptionRegistry::instance().apply(frame.settings, "render.background=transparent", "test");
        const PartStyles styles = scene.styles(frame.settings, frame.settings.time);
        OrbitCamera camera = scene.cameraFor(frame.settings, aspect);
        camera.pose = frame.pose;
        const FrameContent content{scene, frame.settings, styles, camera, Caption{}};
        frames.drawOffscreen(content, offscreenLayout(frame.settings, size.x, size.y, false));
        const glm::vec2 f = filled(frames.readBack());
        EXPECT_GT(std::max(f.x, f.y), 0.8f) << entry.path().filename() << " step " << k + 1 << " at " << size.x << "x"
                                            << size.y << ": the body fills " << f.x << " x " << f.y;
        EXPECT_LE(std::max(f.x, f.y), 1.0f);
      }
    }
  }
  EXPECT_GE(boards, 5u);
}
