// Words that wrap or shorten to the panel's width.
#include "ui/WrapText.hpp"

#include <algorithm>

#include <imgui.h>

namespace hipscope {

bool wrappedSelectable(const char* id, const std::string& text, bool selected) {
  const float wrap = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  const ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(0.0f, size.y));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text),
                                      begin, end, wrap);
  ImGui::LogText("%s", text.c_str());  // what the row says, where ImGui's log is on (tests)
  return clicked;
}

std::string fittedLabel(const std::string& label, float width, float (*textWidth)(std::string_view)) {
  if (textWidth(label) <= width) return label;
  const std::size_t bracket = label.find(" (");
  if (bracket != std::string::npos && textWidth(std::string_view(label).substr(0, bracket)) <= width)
    return label.substr(0, bracket);
  const std::string ellipsis = "\xE2\x80\xA6";  // U+2026, in the panel font's ranges
  std::size_t cut = bracket != std::string::npos ? bracket : label.size();
  while (cut > 0) {
    do --cut;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80);  // not inside a character
    std::string shorter = label.substr(0, cut);
    while (!shorter.empty() && shorter.back() == ' ') shorter.pop_back();
    shorter += ellipsis;
    if (textWidth(shorter) <= width) return shorter;
  }
  return ellipsis;
}

float imguiTextWidth(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

}  // namespace hipscope
