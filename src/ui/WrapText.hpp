// Words that wrap or shorten to the panel's width instead of running off its edge (German and
// Spanish names are long). Internal to the ui layer.
#pragma once
#include <string>
#include <string_view>

namespace hipscope {

// A selectable row whose text wraps onto as many lines as it needs in the width left; true when
// clicked. `id` is the row's ImGui id ("##candidate").
bool wrappedSelectable(const char* id, const std::string& text, bool selected);

// `label` as it fits in `width`, measured by `textWidth`: whole; else the words before its bracket
// ("Piriformis stretch (deep buttock muscle)" -> "Piriformis stretch"); else cut at a character and
// ended with "…". For a one-line box (a combo's preview) that cannot wrap.
std::string fittedLabel(const std::string& label, float width, float (*textWidth)(std::string_view));

// The width of `text` in the current ImGui font, for fittedLabel.
float imguiTextWidth(std::string_view text);

}  // namespace hipscope
