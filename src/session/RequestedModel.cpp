// Loading the model named on the command line.
#include "session/RequestedModel.hpp"

#include <chrono>
#include <cstdio>

#include <unistd.h>

namespace hipscope {

LoadedModel loadRequestedModel(const CommandLine& cmd) {
  // On a terminal, a model that takes a while says how far it is, on one line that is then cleared.
  ImportProgress progress;
  const auto started = std::chrono::steady_clock::now();
  bool shown = false;
  if (cmd.model && isatty(STDERR_FILENO))
    progress = [&](float f) {
      if (f >= 1.0f && shown) {  // arrived: clear the line before anything else is said
        std::fprintf(stderr, "\r\033[K");
        shown = false;
      }
      if (f >= 1.0f || std::chrono::steady_clock::now() - started < std::chrono::milliseconds(500)) return;
      std::fprintf(stderr, "\rhipscope: loading %s: %3.0f %%", cmd.model->filename().c_str(), f * 100.0f);
      shown = true;
    };
  struct ClearLine {  // also when the load fails, so its error starts a clean line
    const bool& shown;
    ~ClearLine() {
      if (shown) std::fprintf(stderr, "\r\033[K");
    }
  } clear{shown};
  LoadedModel loaded = cmd.model ? loadModelFile(*cmd.model, {cmd.settings.model.units, cmd.settings.model.up},
                                                 cmd.settings.model.mapping, nullptr, progress)
                                 : loadBuiltinModel();
  checkStructureOptions(cmd.settings, loaded.model);
  return loaded;
}

}  // namespace hipscope
