// The patient's handout (`--handout OUT.pdf`, the panel's "Handout (PDF)"): what is shown, drawn three
// times (as on screen, from the side, and in X-ray from behind to show the nerve), with the
// scenario's words, a self-care stretch's steps and what it lengthens, and the structures involved in
// plain words, on one page (recording/HandoutPdf).
#pragma once
#include <filesystem>
#include <string>

#include "frame/Frame.hpp"
#include "recording/HandoutPdf.hpp"

namespace hipscope {

// The page for `shown` seen by `camera` (its aspect is the picture's); pictures are rendered
// through `frames`. `logo`: the clinic's logo, read by the caller, or null.
HandoutPage handoutPage(FrameRenderer& frames, const ViewScene& scene, const Settings& shown, const OrbitCamera& camera,
                        const Image* logo);

// Writes the handout to `path` atomically; the one-line message for the panel ("saved handout ..."
// or what went wrong, naming the file). Leaves the window's framebuffer bound.
std::string saveHandout(FrameRenderer& frames, const ViewScene& scene, const Settings& shown, const OrbitCamera& camera,
                        const std::filesystem::path& path);

// ~/Documents if it exists, else the working folder, named by the date and time.
std::filesystem::path defaultHandoutPath();

}  // namespace hipscope
