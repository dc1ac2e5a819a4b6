// The windowless modes: --output (one frame to PNG) and --bench (timings).
#pragma once
#include "session/CommandLine.hpp"

namespace hipscope {

// --handout: the patient's one-page PDF of what the options show.
int runHandout(const CommandLine& cmd);
int runOutput(const CommandLine& cmd);
int runBench(const CommandLine& cmd);

}  // namespace hipscope
