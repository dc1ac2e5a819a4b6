// Pictures of the view.
#include "frame/Picture.hpp"

#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "render/Screen.hpp"

namespace hipscope {

Image stillImage(const FrameRenderer& frames, const Settings& shown) {
  Image image = frames.readBack();
  if (shown.render.background == Background::Transparent) unpremultiply(image);
  return image;
}

std::string savePicture(FrameRenderer& frames, const FrameContent& content, int width, int height,
                        const std::filesystem::path& path) {
  std::string message;
  try {
    frames.drawOffscreen(content, offscreenLayout(content.shown, width, height, false));
    writePng(stillImage(frames, content.shown), path);
    message = "saved picture " + path.string() + " (" + std::to_string(width) + "x" + std::to_string(height) + ")";
  } catch (const UserError& e) {
    message = e.what();
  }
  bindWindowFramebuffer();
  return message;
}

std::filesystem::path defaultPicturePath() { return datedUserFile("Pictures", ".png"); }

}  // namespace hipscope
