// The windowed app: GLFW window, 3D view, side panel, mouse and keyboard camera control.
#pragma once
#include "session/CommandLine.hpp"

namespace hipscope {

int runInteractive(const CommandLine& cmd);

}  // namespace hipscope
