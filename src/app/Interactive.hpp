// The windowed app: GLFW window, 3D view, side panel, mouse and keyboard camera control.
#pragma once
#include "app/CommandLine.hpp"

namespace hipscope {

int runInteractive(const CommandLine& cmd);

}  // namespace hipscope
