// The windowless modes: --output (one frame to PNG) and --bench (timings).
#pragma once
#include "session/CommandLine.hpp"

namespace hipscope {

int runOutput(const CommandLine& cmd);
int runBench(const CommandLine& cmd);

}  // namespace hipscope
