// fuzz.replay: runs a fuzz target over files (the seed corpus and every crash ever found), so they
// stay tested with any compiler. Usage: hipscope-fuzz-replay storyboard|options|modelwire|mapping|presets FILE...
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include "Targets.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: hipscope-fuzz-replay storyboard|options|modelwire|mapping|presets FILE...\n");
    return 64;
  }
  int (*target)(const std::uint8_t*, std::size_t) = nullptr;
  if (!std::strcmp(argv[1], "storyboard")) target = hipscope::fuzz::storyboard;
  if (!std::strcmp(argv[1], "options")) target = hipscope::fuzz::options;
  if (!std::strcmp(argv[1], "modelwire")) target = hipscope::fuzz::modelWire;
  if (!std::strcmp(argv[1], "mapping")) target = hipscope::fuzz::mapping;
  if (!std::strcmp(argv[1], "presets")) target = hipscope::fuzz::presets;
  if (!target) {
    std::fprintf(stderr, "unknown target %s\n", argv[1]);
    return 64;
  }
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 1;
    }
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    target(bytes.data(), bytes.size());
  }
  std::printf("%d inputs, no crash\n", argc - 2);
  return 0;
}
