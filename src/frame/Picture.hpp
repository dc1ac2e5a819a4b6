// "Save picture" in the window (F12 or the panel's button): what the 3D view shows, re-rendered
// offscreen at the clip size preset (record.size), with caption, labels and watermark, written as a
// PNG atomically (a transparent background when render.background is transparent).
#pragma once
#include <filesystem>
#include <string>

#include "frame/Frame.hpp"

namespace hipscope {

// Writes the frame through `frames` (the window keeps one for pictures and clips, so nothing is rebuilt
// per picture). Returns the one-line message for the panel: "saved picture PATH (WxH)" or what went
// wrong. Leaves the window's framebuffer bound.
std::string savePicture(FrameRenderer& frames, const FrameContent& content, int width, int height,
                        const std::filesystem::path& path);

// A still's pixels as PNG wants them: straight alpha where the background is transparent.
Image stillImage(const FrameRenderer& frames, const Settings& shown);

// ~/Pictures if it exists, else the working folder, named by the date and time.
std::filesystem::path defaultPicturePath();

}  // namespace hipscope
