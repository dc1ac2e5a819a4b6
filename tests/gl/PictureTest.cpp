// "Save picture" (F12): the view at the preset size, caption and all, as a PNG; a bad folder is a
// message naming the file, never a crash or a half-written picture.
#include <filesystem>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "base/Image.hpp"
#include "frame/Picture.hpp"
#include "scene/ModelLoader.hpp"
#include "ui/Overlay.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

TEST_F(GlTest, SavePictureWritesTheViewAtTheRequestedSize) {
  const ViewScene scene(builtInModel());
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-picture-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Settings settings;
  const OrbitCamera camera = scene.cameraFor(settings, 16.0f / 9.0f);
  const PartStyles styles = scene.styles(settings, 0.0f);

  FrameRenderer frames;  // the window keeps one for its pictures
  const std::string saved =
      savePicture(frames, {scene, settings, styles, camera, {"A caption"}}, 320, 180, dir / "view.png");
  EXPECT_EQ(saved, "saved picture " + (dir / "view.png").string() + " (320x180)");
  const Image picture = readPng(dir / "view.png");
  EXPECT_EQ(picture.width, 320);
  EXPECT_EQ(picture.height, 180);
  EXPECT_EQ(picture.rgba[3], 255);  // opaque studio backdrop in the corner

  settings.render.background = Background::Transparent;
  const PartStyles clearStyles = scene.styles(settings, 0.0f);
  savePicture(frames, {scene, settings, clearStyles, camera, {}}, 320, 180, dir / "clear.png");
  const Image clear = readPng(dir / "clear.png");
  EXPECT_EQ(clear.rgba[3], 0);  // nothing in the corner: see-through
  std::size_t covered = 0;
  for (std::size_t i = 3; i < clear.rgba.size(); i += 4) covered += clear.rgba[i] > 0;
  EXPECT_GT(covered, 320u * 180u / 20u);  // the model is not

  const std::string failed =
      savePicture(frames, {scene, settings, styles, camera, {}}, 320, 180, dir / "no" / "such" / "x.png");
  EXPECT_NE(failed.find("x.png"), std::string::npos) << failed;
  EXPECT_EQ(failed.rfind("saved", 0), std::string::npos) << failed;
  EXPECT_FALSE(std::filesystem::exists(dir / "no"));
  std::filesystem::remove_all(dir);
}
