// The model a run asked for: --model, or the built-in anatomy.
#pragma once
#include "session/CommandLine.hpp"
#include "view/ModelSource.hpp"

namespace hipscope {

// Loads --model (saying how far it is on a terminal), or the built-in model; checks the options that
// name structures against it.
LoadedModel loadRequestedModel(const CommandLine& cmd);

}  // namespace hipscope
