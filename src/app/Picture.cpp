#include "app/Picture.hpp"

#include <algorithm>

#include <epoxy/gl.h>

#include "app/AssetPaths.hpp"
#include "app/Overlay.hpp"
#include "app/ViewScene.hpp"
#include "options/Error.hpp"
#include "render/Image.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"
#include "ui/ImGuiLayer.hpp"

namespace hipscope {

std::string savePicture(const ViewScene& scene, const OrbitCamera& windowCamera, const Settings& shown,
                        const PartStyles& styles, const Logo* logo, const Caption& caption, int width, int height,
                        const std::filesystem::path& path) {
  GLint previous = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
  std::string message;
  try {
    OrbitCamera camera = windowCamera;
    camera.aspect = static_cast<float>(width) / static_cast<float>(height);
    SceneRenderer renderer;
    RenderTarget target(width, height);
    renderer.renderInto(target, *scene.gpu, camera, scene.radius(), shown.render, &styles);
    // Type sized as in --output at this height, so a picture matches a still of the same size.
    ImGuiLayer overlay(nullptr, shown.ui.scale * std::max(1.0f, static_cast<float>(height) / 1080.0f));
    overlay.beginFrame(width, height, 1.0f / 60.0f);
    drawOverlay(scene, shown, styles, camera, {0, 0, static_cast<float>(width), static_cast<float>(height)}, caption, logo);
    overlay.endFrame();
    Image picture = readPixels(0, 0, width, height);
    if (shown.render.background == Background::Transparent) unpremultiply(picture);
    writePng(picture, path);
    message = "saved picture " + path.string() + " (" + std::to_string(width) + "x" + std::to_string(height) + ")";
  } catch (const UserError& e) {
    message = e.what();
  }
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
  return message;
}

std::filesystem::path defaultPicturePath() { return datedUserFile("Pictures", ".png"); }

}  // namespace hipscope
