// What the therapist asks of the window that is not a setting: open a model (and take it in when it
// arrives), record a clip, save a picture, save, show or forget a view. Each is one call, made by the
// frame once it has drawn and knows what the panel and the keys asked for.
#pragma once
#include "app/WindowState.hpp"

namespace hipscope {

// Starts or stops a clip. The first clip of a run goes to --record's path if one was given; a wrong
// --record path is a command-line mistake and is thrown as such.
void toggleRecording(WindowState& s);

// Seconds of each window frame spent rendering a stopped clip's frames (at least one frame).
inline constexpr double kClipRenderBudget = 0.012;
// ...and once "Save and quit" was chosen: only the saving bar is watched then.
inline constexpr double kQuitRenderBudget = 0.1;
// Renders a stopped clip a few frames per window frame, then its outcome, once there is one; keeps
// the frames coming meanwhile. After "Save and quit", closes the window once the clip is saved.
void followClipSaving(WindowState& s);

// A model being imported: keeps the frames coming, and swaps it in when it arrives whole.
void followModelOpening(WindowState& s);

// Files dropped on the window: a model opens as Open does, a storyboard is checked and plays, and
// anything else is said at the top of the panel.
void openDropped(WindowState& s);

// Saves, shows or forgets a view the user named in the panel. The list in memory changes only once
// the file has been written, so what is shown is what is kept.
void savedViewAction(WindowState& s, const PanelActions& actions);

// After the panel has drawn: eases into a new scenario or preset, moves the camera where a camera
// option changed, and carries out the panel's and the keys' requests. `before`: the settings as the
// frame began; `content`: the frame just drawn (for a picture).
void applyActions(WindowState& s, const PanelActions& actions, const Settings& before, const FrameContent& content);

}  // namespace hipscope
