// hipscope-generate: authors the built-in anatomy model and writes it as glTF 2.0 binary.
#include <cstdio>
#include <exception>

#include "generator/GlbWriter.hpp"
#include "generator/Placeholder.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: hipscope-generate OUTPUT.glb\n");
    return 2;
  }
  try {
    hipscope::gen::writeGlb(hipscope::gen::buildPlaceholderAnatomy(), argv[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope-generate: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
