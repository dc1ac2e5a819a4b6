// What the window shows while a clip is recorded or saved, drawn straight into ImGui's foreground
// (no window to lay out first). Call between ImGuiLayer::beginFrame and endFrame.
#pragma once

namespace hipscope {

// A red dot and the clip time in the corner of the 3D view, so nobody forgets the camera is on.
void drawRecordingIndicator(float seconds);

// While a stopped clip is being finished: where the REC badge was, a bar filling up, so nobody quits
// too early.
void drawSavingProgress(float progress);

}  // namespace hipscope
