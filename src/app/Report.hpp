// --report: the computed mechanical state at the requested pose and time, as JSON on stdout.
#pragma once
#include "session/CommandLine.hpp"

namespace hipscope {

int runReport(const CommandLine& cmd);

}  // namespace hipscope
