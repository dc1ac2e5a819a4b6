// Structure labels in the 3D view: name boxes stacked in the margins, leader lines to the structure.
#pragma once
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "view/ScreenRect.hpp"

namespace hipscope {

// Where a label's box goes: top-left corner and size, and which margin column it is in.
struct LabelBox {
  glm::vec2 position, size;
  bool left;
};

// A leader line: from the middle of the box's inner edge along a level stub to its column's common
// edge (`bend`, clear of every box of the column), then straight to the structure.
struct LeaderLine {
  glm::vec2 start, bend, end;
};
// The leader lines of `boxes` to their labels' anchors; the stub reaches `stub` pixels past the
// column's widest box.
std::vector<LeaderLine> leaderLines(const std::vector<LabelBox>& boxes, const std::vector<LabelRequest>& labels,
                                    float stub);
// Whether segments a0-a1 and b0-b1 cross (touching ends do not count).
bool segmentsCross(glm::vec2 a0, glm::vec2 a1, glm::vec2 b0, glm::vec2 b1);

// Pure layout (no ImGui): boxes of `sizes` for `labels`, in the same order: two margin columns (an
// anchor left of the view's centre to the left column), each stacked top to bottom in its anchors'
// order, pushed apart so no box overlaps another, then reordered where two leader lines (stub
// `gap * 2`) would cross until none does.
// `reserved`: pixels kept clear at the top of the left (x) and right (y) column, e.g. under the
// selection's card.
std::vector<LabelBox> layoutLabels(const std::vector<LabelRequest>& labels, const std::vector<glm::vec2>& sizes,
                                   const ScreenRect& view, float margin, float gap, glm::vec2 reserved = {0, 0});

// Fitting labels into a small frame (a phone clip, a 640x360 still): each box at most half the view
// wide and ending short of the structures nearest the margins, its text wrapped to that width, and the type shrunk
// (down to kMinLabelScale) until both columns fit the height; if they still do not, the last labels in the list are
// left out (all of them when not even the first fits: a label never spills out of `view`).
inline constexpr float kMinLabelScale = 0.7f;
struct FittedLabels {
  std::vector<std::size_t> shown;  // indices into the requests, in order
  std::vector<LabelBox> boxes;     // one per shown label
  float scale = 1.0f;              // of the type size
  float wrap = 0.0f;               // text wrap width in pixels
};
// measure(text, scale, wrap): the text's size at that scale, wrapped at `wrap` pixels.
using MeasureText = std::function<glm::vec2(const std::string& text, float scale, float wrap)>;
FittedLabels fitLabels(const std::vector<LabelRequest>& labels, const MeasureText& measure, const ScreenRect& view,
                       float margin, float gap, float pad, glm::vec2 reserved = {0, 0});

// Lays labels out (fitLabels) and draws them with their leader lines onto ImGui's background layer (under
// the card, the quit question and tooltips, over the 3D view);
// call between ImGuiLayer::beginFrame and endFrame. `view`: where labels may go (the room drawCaption leaves).
void drawLabels(std::vector<LabelRequest> labels, const ScreenRect& view, glm::vec2 reserved = {0, 0});

// The part of `view` above a caption band whose top is `captionTop`: where labels are laid out, so
// none ever sits under the caption (however tall it wraps; fitLabels leaves out what does not fit).
inline ScreenRect aboveCaption(const ScreenRect& view, float captionTop) {
  return {view.x, view.y, view.width, std::clamp(captionTop - view.y, 0.0f, view.height)};
}
// The part of `view` below a caption band at the top whose bottom is `captionBottom`.
inline ScreenRect belowCaption(const ScreenRect& view, float captionBottom) {
  const float top = std::clamp(captionBottom, view.y, view.y + view.height);
  return {view.x, top, view.width, view.y + view.height - top};
}

struct Logo;
// A watermark: the clinic's logo and/or name, small and half-transparent in the top-right corner
// inside the safe margins (the name below the logo). Nothing when both are empty. Returns the bottom
// of what it drew (the view's top when nothing), so labels can stay below it.
float drawWatermark(const std::string& text, const ScreenRect& view, const Logo* logo = nullptr);
// Where a watermark of `text` (and a logo, if `logo`, at its tallest) ends, without drawing it.
float watermarkBottom(const std::string& text, bool logo, const ScreenRect& view);

}  // namespace hipscope
