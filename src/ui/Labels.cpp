// Label layout and drawing.
#include "ui/Labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <imgui.h>

#include "ui/Logo.hpp"

namespace hipscope {
namespace {

// Top-to-bottom stacking in the column's order: each box as near its anchor's height as the boxes
// above allow, then the column moved up from the bottom if it ran past it.
void stack(const std::vector<std::size_t>& column, const std::vector<LabelRequest>& labels,
           std::vector<LabelBox>& boxes, float top, float bottom, float gap) {
  float next = top;
  for (std::size_t i : column) {
    boxes[i].position.y = std::max(labels[i].anchor.y - boxes[i].size.y * 0.5f, next);
    next = boxes[i].position.y + boxes[i].size.y + gap;
  }
  float limit = bottom;
  for (auto it = column.rbegin(); it != column.rend(); ++it) {
    LabelBox& b = boxes[*it];
    b.position.y = std::min(b.position.y, limit - b.size.y);
    limit = b.position.y - gap;
  }
}

float cross(glm::vec2 a, glm::vec2 b) { return a.x * b.y - a.y * b.x; }

bool linesCross(const LeaderLine& a, const LeaderLine& b) {
  return segmentsCross(a.start, a.bend, b.start, b.bend) || segmentsCross(a.start, a.bend, b.bend, b.end) ||
         segmentsCross(a.bend, a.end, b.start, b.bend) || segmentsCross(a.bend, a.end, b.bend, b.end);
}

}  // namespace

bool segmentsCross(glm::vec2 a0, glm::vec2 a1, glm::vec2 b0, glm::vec2 b1) {
  const float d1 = cross(a1 - a0, b0 - a0), d2 = cross(a1 - a0, b1 - a0);
  const float d3 = cross(b1 - b0, a0 - b0), d4 = cross(b1 - b0, a1 - b0);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

std::vector<LeaderLine> leaderLines(const std::vector<LabelBox>& boxes, const std::vector<LabelRequest>& labels,
                                    float stub) {
  float leftEdge = -1e30f, rightEdge = 1e30f;  // the columns' inner edges
  for (const LabelBox& b : boxes)
    (b.left ? leftEdge : rightEdge) =
        b.left ? std::max(leftEdge, b.position.x + b.size.x) : std::min(rightEdge, b.position.x);
  std::vector<LeaderLine> lines;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const LabelBox& b = boxes[i];
    const glm::vec2 anchor = labels[i].anchor;
    const glm::vec2 start(b.left ? b.position.x + b.size.x : b.position.x, b.position.y + b.size.y * 0.5f);
    // The bend: past the column's widest box, but never beyond the structure itself.
    const float bendX = b.left ? std::max(start.x, std::min(leftEdge + stub, anchor.x))
                               : std::min(start.x, std::max(rightEdge - stub, anchor.x));
    lines.push_back({start, {bendX, start.y}, anchor});
  }
  return lines;
}

std::vector<LabelBox> layoutLabels(const std::vector<LabelRequest>& labels, const std::vector<glm::vec2>& sizes,
                                   const ScreenRect& view, float margin, float gap, glm::vec2 reserved) {
  std::vector<LabelBox> boxes(labels.size());
  std::vector<std::size_t> columns[2];
  const float centre = view.x + view.width * 0.5f, bottom = view.y + view.height - margin;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    boxes[i].size = sizes[i];
    boxes[i].left = labels[i].anchor.x < centre;
    boxes[i].position.x = boxes[i].left ? view.x + margin : view.x + view.width - margin - sizes[i].x;
    columns[boxes[i].left ? 0 : 1].push_back(i);
  }
  for (int side = 0; side < 2; ++side) {
    std::vector<std::size_t>& column = columns[side];
    const float top = view.y + margin + (side == 0 ? reserved.x : reserved.y);
    std::stable_sort(column.begin(), column.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].anchor.y < labels[b].anchor.y; });
    stack(column, labels, boxes, top, bottom, gap);
    // Where two leader lines cross, the two labels change places (which shortens the lines), until none do.
    const std::size_t tries = column.size() * column.size() + 1;
    for (std::size_t t = 0; t < tries; ++t) {
      const std::vector<LeaderLine> lines = leaderLines(boxes, labels, gap * 2);
      bool swapped = false;
      for (std::size_t a = 0; a < column.size() && !swapped; ++a)
        for (std::size_t b = a + 1; b < column.size() && !swapped; ++b)
          if (linesCross(lines[column[a]], lines[column[b]])) {
            std::swap(column[a], column[b]);
            swapped = true;
          }
      if (!swapped) break;
      stack(column, labels, boxes, top, bottom, gap);
    }
  }
  return boxes;
}

FittedLabels fitLabels(const std::vector<LabelRequest>& labels, const MeasureText& measure, const ScreenRect& view,
                       float margin, float gap, float pad, glm::vec2 reserved) {
  FittedLabels fit;
  const float centre = view.x + view.width * 0.5f;
  // A box ends a gap short of the centre line, so the two columns can never touch; and short of the
  // structures nearest the margins (with the leader's stub), so no line runs back under the boxes,
  // unless that would leave less than a fifth of the view.
  float nearest = view.width * 0.5f;
  for (const LabelRequest& l : labels)
    nearest = std::min(nearest, l.anchor.x < centre ? l.anchor.x - view.x : view.x + view.width - l.anchor.x);
  const float most = view.width * 0.5f - margin - gap - 2 * pad;
  fit.wrap = std::max(1.0f, std::min(most, std::max(view.width * 0.2f, nearest - margin - 2 * gap - 2 * pad)));
  const float room[2] = {view.height - 2 * margin - reserved.x, view.height - 2 * margin - reserved.y};
  for (std::size_t count = labels.size(); count > 0; --count) {
    for (float scale = 1.0f; scale >= kMinLabelScale - 1e-3f; scale -= 0.1f) {
      std::vector<glm::vec2> sizes;
      float heights[2] = {0.0f, 0.0f};
      int counts[2] = {0, 0};
      for (std::size_t i = 0; i < count; ++i) {
        const glm::vec2 text = measure(labels[i].text, scale, fit.wrap);
        sizes.push_back(text + glm::vec2(2 * pad * scale));
        const int side = labels[i].anchor.x < centre ? 0 : 1;
        heights[side] += sizes.back().y;
        ++counts[side];
      }
      bool fits = true;
      for (int side = 0; side < 2; ++side)
        fits = fits && heights[side] + gap * static_cast<float>(std::max(0, counts[side] - 1)) <= room[side];
      if (!fits) continue;
      fit.scale = scale;
      fit.shown.resize(count);
      for (std::size_t i = 0; i < count; ++i) fit.shown[i] = i;
      fit.boxes =
          layoutLabels(std::vector<LabelRequest>(labels.begin(), labels.begin() + static_cast<std::ptrdiff_t>(count)),
                       sizes, view, margin, gap, reserved);
      return fit;
    }
  }
  return fit;
}

void drawLabels(std::vector<LabelRequest> labels, const ScreenRect& view, glm::vec2 reserved) {
  if (labels.empty()) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float fontSize = ImGui::GetFontSize(), pad = fontSize * 0.35f;
  const MeasureText measure = [&](const std::string& text, float scale, float wrap) {
    const ImVec2 size = font->CalcTextSizeA(fontSize * scale, wrap, wrap, text.c_str());
    return glm::vec2(std::floor(size.x + 0.99999f), size.y);  // rounded up, as ImGui::CalcTextSize does
  };
  const FittedLabels fit = fitLabels(labels, measure, view, fontSize * 0.8f, fontSize * 0.3f, pad, reserved);
  const ImU32 box = IM_COL32(16, 18, 24, 215), edge = IM_COL32(120, 190, 235, 255), ink = IM_COL32(240, 242, 246, 255);
  std::vector<LabelRequest> shown;
  for (std::size_t i : fit.shown) shown.push_back(labels[i]);
  const std::vector<LeaderLine> lines = leaderLines(fit.boxes, shown, fontSize * 0.3f * 2);
  for (std::size_t k = 0; k < fit.shown.size(); ++k) {
    const LabelBox& b = fit.boxes[k];
    const LeaderLine& line = lines[k];
    const float p = pad * fit.scale;
    const ImVec2 a(b.position.x, b.position.y), c(b.position.x + b.size.x, b.position.y + b.size.y);
    const ImVec2 points[3] = {{line.start.x, line.start.y}, {line.bend.x, line.bend.y}, {line.end.x, line.end.y}};
    draw->AddPolyline(points, 3, edge, ImDrawFlags_None, 1.5f);
    draw->AddCircleFilled(points[2], 3.0f, edge);
    draw->AddRectFilled(a, c, box, 4.0f);
    draw->AddRect(a, c, edge, 4.0f);
    draw->AddText(font, fontSize * fit.scale, ImVec2(a.x + p, a.y + p), ink, shown[k].text.c_str(), nullptr, fit.wrap);
  }
}

float watermarkBottom(const std::string& text, bool logo, const ScreenRect& view) {
  const float margin = std::min(view.width, view.height) * 0.04f;
  float bottom = view.y;
  if (logo) bottom = view.y + margin + view.height * 0.1f + margin * 0.25f;
  if (!text.empty()) bottom = (logo ? bottom : view.y + margin) + std::max(ImGui::GetFontSize(), view.height * 0.028f);
  return bottom;
}

float drawWatermark(const std::string& text, const ScreenRect& view, const Logo* logo) {
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const float margin = std::min(view.width, view.height) * 0.04f;
  float top = view.y + margin;
  if (logo && logo->width > 0 && logo->height > 0) {
    // A tenth of the frame's height, narrower than a quarter of its width; aspect kept.
    const float scale = std::min(view.height * 0.1f / static_cast<float>(logo->height),
                                 view.width * 0.25f / static_cast<float>(logo->width));
    const ImVec2 size(static_cast<float>(logo->width) * scale, static_cast<float>(logo->height) * scale);
    const ImVec2 at(view.x + view.width - margin - size.x, top);
    draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(logo->texture.id())), at,
                   ImVec2(at.x + size.x, at.y + size.y), ImVec2(0, 0), ImVec2(1, 1), IM_COL32(255, 255, 255, 210));
    top += size.y + margin * 0.25f;
  }
  if (text.empty()) return logo && logo->width > 0 && logo->height > 0 ? top : view.y;
  ImFont* font = ImGui::GetFont();
  const float size = std::max(ImGui::GetFontSize(), view.height * 0.028f);
  const ImVec2 extent = font->CalcTextSizeA(size, view.width * 0.5f, 0.0f, text.c_str());
  const ImVec2 at(view.x + view.width - margin - extent.x, top);
  draw->AddText(font, size, ImVec2(at.x + 1, at.y + 1), IM_COL32(0, 0, 0, 120), text.c_str());
  draw->AddText(font, size, at, IM_COL32(255, 255, 255, 170), text.c_str());
  return at.y + extent.y;
}

}  // namespace hipscope
