// The question asked before quitting while a clip is being recorded or saved (Ctrl+Q, the window's
// close button): quitting then would lose it. Call between ImGuiLayer::beginFrame and endFrame
// while the question is open.
#pragma once

namespace hipscope {

enum class QuitAnswer { None, SaveAndQuit, Stay };

// `recording`: a clip is being recorded (else one is being saved). Esc answers Stay.
QuitAnswer drawQuitQuestion(bool recording);

}  // namespace hipscope
