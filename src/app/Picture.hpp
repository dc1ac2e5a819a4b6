// "Save picture" in the window (F12 or the panel's button): what the 3D view shows, re-rendered
// offscreen at the clip size preset (record.size), with caption, labels and watermark, written as a
// PNG atomically (a transparent background when render.background is transparent).
#pragma once
#include <filesystem>
#include <string>

namespace hipscope {

struct ViewScene;
class OrbitCamera;
struct Settings;
struct PartStyles;
struct Logo;
struct Caption;

// Returns the one-line message for the panel: "saved picture PATH (WxH)" or what went wrong.
std::string savePicture(const ViewScene& scene, const OrbitCamera& windowCamera, const Settings& shown,
                        const PartStyles& styles, const Logo* logo, const Caption& caption, int width, int height,
                        const std::filesystem::path& path);

// ~/Pictures if it exists, else the working folder, named by the date and time.
std::filesystem::path defaultPicturePath();

}  // namespace hipscope
