// Choosing the labelled structures and spreading their anchors.
#include "view/LabelPlan.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace hipscope {

std::vector<std::vector<glm::vec2>> visiblePixels(const IdImage& image, std::size_t partCount, const ScreenRect& view) {
  std::vector<std::vector<glm::vec2>> out(partCount);
  if (image.width <= 0 || image.height <= 0) return out;
  const float sx = view.width / static_cast<float>(image.width), sy = view.height / static_cast<float>(image.height);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const std::uint32_t id =
          image.ids[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)];
      if (id == 0 || id > partCount) continue;
      out[id - 1].push_back(
          {view.x + (static_cast<float>(x) + 0.5f) * sx, view.y + (static_cast<float>(y) + 0.5f) * sy});
    }
  return out;
}

std::vector<LabelCandidate> chooseLabelled(std::vector<LabelCandidate> candidates, std::size_t cap,
                                           std::size_t bothSidesUpTo) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
    if (a.reason != b.reason) return a.reason < b.reason;
    if (a.tension != b.tension) return a.tension > b.tension;
    return a.pixels > b.pixels;
  });
  if (candidates.size() > bothSidesUpTo) {
    // Of a pair, the side kept is the first in that order: the selected one, else the tenser (the
    // more pinched nerve), else the one that shows more.
    std::map<std::string, const LabelCandidate*> kept;
    for (const LabelCandidate& c : candidates)
      if (!c.pairKey.empty() && !kept.count(c.pairKey)) kept[c.pairKey] = &c;
    std::vector<LabelCandidate> one;
    for (const LabelCandidate& c : candidates)
      if (c.pairKey.empty() || kept[c.pairKey] == &c) one.push_back(c);
    candidates = std::move(one);
  }
  if (candidates.size() > cap) candidates.resize(cap);
  return candidates;
}

std::vector<glm::vec2> spreadAnchors(const std::vector<const std::vector<glm::vec2>*>& pixels, float minApart) {
  // The structures with the fewest visible pixels choose first: a large one has room left wherever
  // the small ones went, a small one squeezed between two others may have none (the anchors are
  // returned in the order given).
  std::vector<std::size_t> order(pixels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto count = [&pixels](std::size_t i) { return pixels[i] ? pixels[i]->size() : 0; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return count(a) < count(b); });
  std::vector<glm::vec2> placed(pixels.size(), glm::vec2(0.0f));
  std::vector<glm::vec2> anchors;
  const float apart2 = minApart * minApart;
  for (std::size_t index : order) {
    const std::vector<glm::vec2>* own = pixels[index];
    if (!own || own->empty()) continue;
    glm::vec2 centre(0.0f);
    for (const glm::vec2& p : *own) centre += p;
    centre /= static_cast<float>(own->size());
    // Nearest the centre among those clear of the others; else the one farthest from them.
    const glm::vec2* best = nullptr;
    const glm::vec2* farthest = &own->front();
    float bestDistance = std::numeric_limits<float>::max(), farthestClearance = -1.0f;
    for (const glm::vec2& p : *own) {
      float clearance = std::numeric_limits<float>::max();
      for (const glm::vec2& a : anchors) {
        const glm::vec2 d = p - a;
        clearance = std::min(clearance, glm::dot(d, d));
      }
      if (clearance > farthestClearance) farthestClearance = clearance, farthest = &p;
      const glm::vec2 d = p - centre;
      if (clearance >= apart2 && glm::dot(d, d) < bestDistance) bestDistance = glm::dot(d, d), best = &p;
    }
    anchors.push_back(best ? *best : *farthest);
    placed[index] = anchors.back();
  }
  return placed;
}

}  // namespace hipscope
