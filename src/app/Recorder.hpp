// --storyboard FILE --record OUT.mp4: renders a storyboard offscreen, frame i at time i/fps, into an MP4.
#pragma once
#include "session/CommandLine.hpp"

namespace hipscope {

int runRecord(const CommandLine& cmd);

}  // namespace hipscope
