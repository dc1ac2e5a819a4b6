// Which structures a frame names, and where on each its leader line ends: pure functions, no GL.
// The view gives them the frame's id image (which part covers each pixel, ghosts seen through).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "view/ScreenRect.hpp"

namespace hipscope {

// Part ids (index + 1, 0 = nothing), top row first, covering a ScreenRect (often at a lower resolution).
struct IdImage {
  int width = 0, height = 0;
  std::vector<std::uint32_t> ids;
};

// The visible pixels of each part, as points in `view` (pixel centres); parts are 0..partCount-1.
std::vector<std::vector<glm::vec2>> visiblePixels(const IdImage& image, std::size_t partCount, const ScreenRect& view);

// Why a part may be labelled, most important first.
enum class LabelReason { Selected, SciaticNerve, Highlighted, Tense };

struct LabelCandidate {
  std::size_t part = 0;
  LabelReason reason = LabelReason::Tense;
  float tension = 0.0f;    // 0..1; orders the tense muscles, tightest first (a nerve: its compression)
  std::size_t pixels = 0;  // how much of it shows: the side facing the camera shows more
  std::string pairKey;     // the structure without its side ("piriformis"); empty for a midline one
};

// The candidates to label, in the order they are placed (most important first): at most `cap`, and
// where there are more than `bothSidesUpTo` of them only one side of a pair: the selected one, else
// the tenser, else the one that shows more (the side facing the camera).
std::vector<LabelCandidate> chooseLabelled(std::vector<LabelCandidate> candidates, std::size_t cap,
                                           std::size_t bothSidesUpTo);

// One anchor per label, each on its own part's visible pixels: the pixel nearest the centre of those
// pixels that is at least `minApart` from the anchors placed before it (or the one farthest from
// them when none is), so leader lines do not bunch. The parts with the fewest pixels are placed
// first; the anchors come back in the order given. Empty pixel lists give (0, 0).
std::vector<glm::vec2> spreadAnchors(const std::vector<const std::vector<glm::vec2>*>& pixels, float minApart);

}  // namespace hipscope
