// The window's input: GLFW's mouse, wheel and key callbacks turned into camera moves, picks, and
// requests the frame then carries out (record, picture, play, quit).
#pragma once
#include "app/WindowState.hpp"

namespace hipscope {

// Installs the callbacks on the state's window (before ImGui's backend, which chains to them).
void installInput(WindowState& state);

}  // namespace hipscope
