// The lines from each likely source of the pain to where it hurts, over the 3D view.
#pragma once
#include "scene/OrbitCamera.hpp"
#include "view/PainView.hpp"
#include "view/ScreenRect.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

// Where `p` falls in `view` (ImGui coordinates), or nothing behind the camera.
std::optional<glm::vec2> projectToView(const ViewScene& scene, const OrbitCamera& camera, const ScreenRect& view,
                                       const glm::vec3& p);
// Each line with a dark halo, from the candidate (sky blue, the highlight's colour) to the pain (red).
void drawPainLines(const ViewScene& scene, const PainView& pain, const OrbitCamera& camera, const ScreenRect& view);

}  // namespace hipscope
