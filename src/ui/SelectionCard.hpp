// The selected structure's card: beside it in the 3D view, not at the bottom of the panel, so it is
// seen without scrolling on a small laptop screen.
#pragma once
#include "options/Settings.hpp"
#include "ui/Panel.hpp"
#include "view/ScreenRect.hpp"

namespace hipscope {

// Where the card goes in `view`: in the top corner on the side away from the selected structure
// (`anchorX`, its place on screen, or a negative number when not known: the left), at most
// `maxWidth` and a third of the view wide, and half the view high (longer text scrolls inside it).
// On the right it starts below `rightTop` pixels (the clinic's watermark there).
ScreenRect selectionCardRect(const ScreenRect& view, float anchorX, float maxWidth, float margin,
                             float rightTop = 0.0f);

// Draws the card of `settings.select` (nothing when none is selected): the name in the chosen
// naming mode and the other one, origin, insertion, action and its part in the pain. Its close box
// clears the selection; returns true then.
bool drawSelectionCard(Settings& settings, const PanelInfo& info, const ScreenRect& view);

// How far down from the top of `view` the card drawn in this ImGui frame reaches, over the left (x)
// and the right (y) half: labels keep clear of it. Zero where no card was drawn this frame.
glm::vec2 selectionCardCover(const ScreenRect& view);

}  // namespace hipscope
