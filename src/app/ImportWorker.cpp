// hipscope-import: the worker process of scene/IsolatedImport.hpp.
// Usage: hipscope-import FILE MEMORY_BYTES [UNITS UP [PROGRESS]] (the ModelUnits and ModelUp values;
// PROGRESS "progress": how far it is goes to descriptor 3)
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "scene/IsolatedImport.hpp"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 5 && argc != 6) {
    std::fprintf(stderr,
                 "usage: hipscope-import FILE MEMORY_BYTES [UNITS UP [progress]] (run by hipscope, not by hand)\n");
    return 64;
  }
  hipscope::ModelFrame frame;
  if (argc >= 5) {
    const int units = std::atoi(argv[3]), up = std::atoi(argv[4]);
    if (units < 0 || units > 4 || up < 0 || up > 2) return 64;
    frame = {static_cast<hipscope::ModelUnits>(units), static_cast<hipscope::ModelUp>(up)};
  }
  const bool progress = argc == 6 && std::string_view(argv[5]) == "progress";
  return hipscope::runImportWorker(argv[1], std::strtoull(argv[2], nullptr, 10), frame,
                                   progress ? hipscope::kImportProgressFd : -1);
}
