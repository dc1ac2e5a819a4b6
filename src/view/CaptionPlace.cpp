// Choosing the caption's place and type size.
#include "view/CaptionPlace.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>

namespace hipscope {

CaptionType captionType(float viewHeight, float fontSize) {
  CaptionType t;
  t.title = std::max(fontSize * 1.5f, viewHeight * kCaptionTypeMin);
  t.subtitle = std::max(t.title * 0.72f, viewHeight * kSubtitleTypeMin);
  return t;
}

namespace {

float covered(const std::vector<SubjectPoint>& points, const CaptionBox& box) {
  float n = 0;
  for (const SubjectPoint& p : points)
    if (p.at.x >= box.position.x && p.at.x <= box.position.x + box.size.x && p.at.y >= box.position.y &&
        p.at.y <= box.position.y + box.size.y)
      n += p.weight;
  return n;
}

}  // namespace

CaptionBox placeCaption(const std::vector<SubjectPoint>& subject, const ScreenRect& view, const MeasureCaption& measure,
                        glm::vec2 reservedTop, int keep) {
  const float margin = view.width * 0.08f;  // title-safe, as broadcasters keep it
  const float full = view.width - 2 * margin;
  // A column beside the subject is as wide as the room there (the subject's extent across, its outer
  // twentieths left out), never narrower than a quarter of the view nor wider than 45 %.
  std::vector<float> xs;
  float total = 0;
  for (const SubjectPoint& p : subject) xs.push_back(p.at.x), total += p.weight;
  std::sort(xs.begin(), xs.end());
  const float low = xs.empty() ? view.x + view.width * 0.5f : xs[xs.size() / 20];
  const float high = xs.empty() ? low : xs[xs.size() - 1 - xs.size() / 20];
  const float edge = view.width * 0.04f;
  const auto columnWrap = [&](float room) { return std::clamp(room * 0.85f, view.width * 0.3f, view.width * 0.45f); };
  const float leftWrap = columnWrap(low - view.x - 2 * edge),
              rightWrap = columnWrap(view.x + view.width - high - 2 * edge);
  const float bottomEdge = view.y + view.height * 0.94f, topEdge = view.y + view.height * 0.05f;
  std::vector<CaptionBox> boxes;
  for (const bool top : {false, true})
    for (int where = 0; where < 3; ++where) {  // 0 centred full width, 1 left column, 2 right column
      CaptionBox b;
      b.top = top;
      b.place = static_cast<int>(boxes.size());
      b.wrap = where == 0 ? full : where == 1 ? leftWrap : rightWrap;
      b.size = measure(b.wrap);
      const float left = view.x + edge, right = view.x + view.width - edge - b.size.x;
      b.position.x = where == 0 ? view.x + (view.width - b.size.x) * 0.5f : where == 1 ? left : right;
      b.position.y = top ? topEdge : bottomEdge - b.size.y;
      // At the top sit the selection's card (left) and the watermark (right): a box there starts below them.
      const float middle = view.x + view.width * 0.5f;
      if (top && b.position.x < middle) b.position.y = std::max(b.position.y, view.y + reservedTop.x);
      if (top && b.position.x + b.size.x > middle) b.position.y = std::max(b.position.y, view.y + reservedTop.y);
      boxes.push_back(b);
    }
  // Order of preference: what was kept, then bottom full, top full, then the columns.
  std::vector<std::size_t> order{0, 3, 1, 2, 4, 5};
  if (keep >= 0 && keep < 6) {
    order.erase(std::find(order.begin(), order.end(), static_cast<std::size_t>(keep)));
    order.insert(order.begin(), static_cast<std::size_t>(keep));
  }
  constexpr float kHysteresis = 0.1f;  // a tenth of one structure
  // A place the caption does not fit in (a narrow column wrapped into a tower, or one running off the
  // view) is never chosen; full width at the bottom always is possible.
  const auto cost = [&](std::size_t i) {
    const CaptionBox& b = boxes[i];
    const bool column = i % 3 != 0;
    const bool fits = b.position.y >= view.y && b.position.y + b.size.y <= view.y + view.height &&
                      (!column || b.size.y <= view.height * 0.45f);
    return fits || i == 0 ? covered(subject, b) : std::numeric_limits<float>::max();
  };
  std::size_t best = order[0];
  float bestCovered = cost(order[0]);
  for (std::size_t k = 1; k < order.size(); ++k) {
    const float c = cost(order[k]);
    if (c < std::numeric_limits<float>::max() && c + kHysteresis < bestCovered) best = order[k], bestCovered = c;
  }
  return boxes[best];
}

}  // namespace hipscope
