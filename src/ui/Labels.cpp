// Label layout and drawing.
#include "ui/Labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <imgui.h>

#include "ui/Logo.hpp"

namespace hipscope {
namespace {

// Top-to-bottom stacking: each box as near its anchor's height as the boxes above allow, then the
// column moved up from the bottom if it ran past it.
void stack(std::vector<std::size_t>& column, const std::vector<LabelRequest>& labels, std::vector<LabelBox>& boxes,
           float top, float bottom, float gap) {
  std::sort(column.begin(), column.end(),
            [&](std::size_t a, std::size_t b) { return labels[a].anchor.y < labels[b].anchor.y; });
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

}  // namespace

std::vector<LabelBox> layoutLabels(const std::vector<LabelRequest>& labels, const std::vector<glm::vec2>& sizes,
                                   const ScreenRect& view, float margin, float gap) {
  std::vector<LabelBox> boxes(labels.size());
  std::vector<std::size_t> left, right;
  const float centre = view.x + view.width * 0.5f;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    boxes[i].size = sizes[i];
    boxes[i].left = labels[i].anchor.x < centre;
    boxes[i].position.x = boxes[i].left ? view.x + margin : view.x + view.width - margin - sizes[i].x;
    (boxes[i].left ? left : right).push_back(i);
  }
  stack(left, labels, boxes, view.y + margin, view.y + view.height - margin, gap);
  stack(right, labels, boxes, view.y + margin, view.y + view.height - margin, gap);
  return boxes;
}

FittedLabels fitLabels(const std::vector<LabelRequest>& labels, const MeasureText& measure, const ScreenRect& view,
                       float margin, float gap, float pad) {
  FittedLabels fit;
  const float centre = view.x + view.width * 0.5f;
  // A box ends a gap short of the centre line, so the two columns can never touch.
  fit.wrap = std::max(1.0f, view.width * 0.5f - margin - gap - 2 * pad);
  const float room = view.height - 2 * margin;
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
        fits = fits && heights[side] + gap * static_cast<float>(std::max(0, counts[side] - 1)) <= room;
      if (!fits && !(scale - 0.1f < kMinLabelScale - 1e-3f && count == 1)) continue;
      fit.scale = scale;
      fit.shown.resize(count);
      for (std::size_t i = 0; i < count; ++i) fit.shown[i] = i;
      fit.boxes =
          layoutLabels(std::vector<LabelRequest>(labels.begin(), labels.begin() + static_cast<std::ptrdiff_t>(count)),
                       sizes, view, margin, gap);
      return fit;
    }
  }
  return fit;
}

void drawLabels(std::vector<LabelRequest> labels, const ScreenRect& view) {
  if (labels.empty()) return;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float fontSize = ImGui::GetFontSize(), pad = fontSize * 0.35f;
  const MeasureText measure = [&](const std::string& text, float scale, float wrap) {
    const ImVec2 size = font->CalcTextSizeA(fontSize * scale, wrap, wrap, text.c_str());
    return glm::vec2(std::floor(size.x + 0.99999f), size.y);  // rounded up, as ImGui::CalcTextSize does
  };
  const FittedLabels fit = fitLabels(labels, measure, view, fontSize * 0.8f, fontSize * 0.3f, pad);
  const ImU32 box = IM_COL32(16, 18, 24, 215), edge = IM_COL32(120, 190, 235, 255), ink = IM_COL32(240, 242, 246, 255);
  for (std::size_t k = 0; k < fit.shown.size(); ++k) {
    const std::size_t i = fit.shown[k];
    const LabelBox& b = fit.boxes[k];
    const float p = pad * fit.scale;
    const ImVec2 a(b.position.x, b.position.y), c(b.position.x + b.size.x, b.position.y + b.size.y);
    const ImVec2 attach(b.left ? c.x : a.x, b.position.y + b.size.y * 0.5f);
    const ImVec2 anchor(labels[i].anchor.x, labels[i].anchor.y);
    draw->AddLine(attach, anchor, edge, 1.5f);
    draw->AddCircleFilled(anchor, 3.0f, edge);
    draw->AddRectFilled(a, c, box, 4.0f);
    draw->AddRect(a, c, edge, 4.0f);
    draw->AddText(font, fontSize * fit.scale, ImVec2(a.x + p, a.y + p), ink, labels[i].text.c_str(), nullptr, fit.wrap);
  }
}

float drawCaption(const std::string& text, const ScreenRect& view, float opacity, const std::string& subtitle) {
  if (text.empty() && subtitle.empty()) return view.y + view.height;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = std::max(ImGui::GetFontSize() * 1.5f, view.height * 0.045f), small = size * 0.72f;
  const float margin = view.width * 0.08f, wrap = view.width - 2 * margin;  // title-safe margins
  const ImVec2 title = font->CalcTextSizeA(size, wrap, wrap, text.c_str());
  const ImVec2 sub = subtitle.empty() ? ImVec2(0, 0) : font->CalcTextSizeA(small, wrap, wrap, subtitle.c_str());
  const float gap = subtitle.empty() ? 0.0f : size * 0.25f;
  const float width = std::max(title.x, sub.x), height = title.y + gap + sub.y, pad = size * 0.45f;
  const float x = view.x + (view.width - width) * 0.5f, y = view.y + view.height * 0.92f - height;
  if (opacity <= 0.0f) return y - pad;  // faded out, but labels keep clear of where it fades in
  const auto alpha = [opacity](int a) { return static_cast<ImU32>(std::clamp(opacity, 0.0f, 1.0f) * a); };
  draw->AddRectFilled(ImVec2(x - pad, y - pad), ImVec2(x + width + pad, y + height + pad),
                      IM_COL32(10, 12, 16, alpha(200)), size * 0.3f);
  draw->AddText(font, size, ImVec2(x + (width - title.x) * 0.5f, y), IM_COL32(250, 250, 252, alpha(255)), text.c_str(),
                nullptr, wrap);
  if (!subtitle.empty())
    draw->AddText(font, small, ImVec2(x + (width - sub.x) * 0.5f, y + title.y + gap),
                  IM_COL32(200, 215, 230, alpha(255)), subtitle.c_str(), nullptr, wrap);
  return y - pad;
}

void drawWatermark(const std::string& text, const ScreenRect& view, const Logo* logo) {
  ImDrawList* draw = ImGui::GetForegroundDrawList();
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
  if (text.empty()) return;
  ImFont* font = ImGui::GetFont();
  const float size = std::max(ImGui::GetFontSize(), view.height * 0.028f);
  const ImVec2 extent = font->CalcTextSizeA(size, view.width * 0.5f, 0.0f, text.c_str());
  const ImVec2 at(view.x + view.width - margin - extent.x, top);
  draw->AddText(font, size, ImVec2(at.x + 1, at.y + 1), IM_COL32(0, 0, 0, 120), text.c_str());
  draw->AddText(font, size, at, IM_COL32(255, 255, 255, 170), text.c_str());
}

}  // namespace hipscope
