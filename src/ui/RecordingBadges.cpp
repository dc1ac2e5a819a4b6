// The REC badge and the saving bar.
#include "ui/RecordingBadges.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "base/Translate.hpp"

namespace hipscope {

void drawRecordingIndicator(float seconds) {
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float size = ImGui::GetFontSize();
  const ImVec2 at(size, size);
  char text[32];
  std::snprintf(text, sizeof text, "REC %02d:%04.1f", static_cast<int>(seconds) / 60, std::fmod(seconds, 60.0f));
  const ImVec2 extent = ImGui::CalcTextSize(text);
  draw->AddRectFilled(at, ImVec2(at.x + size * 1.6f + extent.x + size * 0.5f, at.y + extent.y + size * 0.5f),
                      IM_COL32(0, 0, 0, 170), size * 0.3f);
  draw->AddCircleFilled(ImVec2(at.x + size * 0.8f, at.y + extent.y * 0.5f + size * 0.25f), size * 0.35f,
                        IM_COL32(230, 40, 40, 255));
  draw->AddText(ImVec2(at.x + size * 1.4f, at.y + size * 0.25f), IM_COL32(255, 255, 255, 255), text);
}

void drawSavingProgress(float progress) {
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float size = ImGui::GetFontSize();
  const char* text = tr("Saving the clip...");
  const ImVec2 extent = ImGui::CalcTextSize(text);
  const float width = std::max(extent.x, size * 10.0f);
  const ImVec2 at(size, size), end(at.x + width + size, at.y + extent.y + size * 1.4f);
  draw->AddRectFilled(at, end, IM_COL32(0, 0, 0, 170), size * 0.3f);
  draw->AddText(ImVec2(at.x + size * 0.5f, at.y + size * 0.25f), IM_COL32(255, 255, 255, 255), text);
  const ImVec2 bar(at.x + size * 0.5f, at.y + extent.y + size * 0.5f);
  draw->AddRectFilled(bar, ImVec2(bar.x + width, bar.y + size * 0.5f), IM_COL32(255, 255, 255, 60), size * 0.2f);
  draw->AddRectFilled(bar, ImVec2(bar.x + width * std::clamp(progress, 0.0f, 1.0f), bar.y + size * 0.5f),
                      IM_COL32(240, 228, 66, 255), size * 0.2f);  // Okabe-Ito yellow
}

}  // namespace hipscope
