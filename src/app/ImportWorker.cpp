// hipscope-import: the worker process of scene/IsolatedImport.hpp. Usage: hipscope-import FILE BYTES
#include <cstdio>
#include <cstdlib>

#include "scene/IsolatedImport.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: hipscope-import FILE MEMORY_BYTES (run by hipscope, not by hand)\n");
    return 64;
  }
  return hipscope::runImportWorker(argv[1], std::strtoull(argv[2], nullptr, 10));
}
