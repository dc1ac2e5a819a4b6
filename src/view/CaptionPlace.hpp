// Where a frame's caption goes, and how big its type is: pure functions, no GL, no ImGui. The
// caption never covers what it talks about: it goes at the bottom or the top, full width or in a
// column beside the subject, wherever it hides the fewest of the subject's points.
#pragma once
#include <functional>
#include <vector>

#include <glm/glm.hpp>

#include "view/ScreenRect.hpp"

namespace hipscope {

// Type sizes in pixels for a caption in a view `viewHeight` tall, given the panel's font size: never
// below kCaptionTypeMin (title) and kSubtitleTypeMin (subtitle) of the frame's height, so the words
// read at 640x360 as at 1080p.
inline constexpr float kCaptionTypeMin = 0.058f, kSubtitleTypeMin = 0.05f;
struct CaptionType {
  float title = 0, subtitle = 0;
};
CaptionType captionType(float viewHeight, float fontSize);

// A point on a structure the frame is about; each structure's points weigh 1 together, so a thin nerve
// counts as much as a broad buttock muscle.
struct SubjectPoint {
  glm::vec2 at{0.0f};
  float weight = 1.0f;
};

// A caption's box (its text block plus padding) in the view.
struct CaptionBox {
  glm::vec2 position{0.0f}, size{0.0f};  // top-left corner and extent, padding included
  float wrap = 0.0f;                     // the text's wrap width
  bool top = false;                      // at the top of the view (else the bottom)
  int place = 0;                         // 0..5: bottom full, left, right; top full, left, right
};

// The padded size of the caption's text block wrapped at `wrap` pixels.
using MeasureCaption = std::function<glm::vec2(float wrap)>;

// The placement that covers the fewest `subject` points (screen points of the structures the frame is
// about), among: bottom and top, each full width (title-safe margins) or in a column at the left or the
// right; a column at most 45 % of the view's height, every place inside the view. `reservedTop` is kept
// clear at the top of the view: x over its left half (the selection's card), y over its right half (the
// watermark and logo), heights from the view's top.
// Full width at the bottom wins ties, and a placement must hide clearly less (a tenth of a structure)
// than the one before it in that order to be chosen. `keep` (a CaptionBox::place) goes first in that
// order: the caption shown in the frame before keeps its place while the subject moves a little (a
// pulse, a stride), so it does not hop about.
CaptionBox placeCaption(const std::vector<SubjectPoint>& subject, const ScreenRect& view, const MeasureCaption& measure,
                        glm::vec2 reservedTop = glm::vec2(0.0f), int keep = -1);

}  // namespace hipscope
