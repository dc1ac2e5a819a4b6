// A scenario's or a clip step's caption over the 3D view.
#pragma once
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "view/CaptionPlace.hpp"
#include "view/ScreenRect.hpp"

namespace hipscope {

// Draws the caption on a dark band, in type sized to the frame (view/CaptionPlace captionType),
// wrapped, where placeCaption puts it clear of `subject` (screen points of the structures the frame
// is about); `reservedTop`: what the top of the view holds already (x: left half, the
// selection's card; y: right half, the watermark), in pixels from its top. `opacity` fades it in and out
// (0..1); `subtitle`, if any, goes under it in smaller type. Returns the room left for labels: the view
// above the band (at the bottom) or below it (at the top); the whole view when there is no caption.
// Faded out, it still returns the room, so labels keep clear of where it fades in.
ScreenRect drawCaption(const std::string& text, const ScreenRect& view, float opacity, const std::string& subtitle,
                       const std::vector<SubjectPoint>& subject = {}, glm::vec2 reservedTop = glm::vec2(0.0f));

}  // namespace hipscope
