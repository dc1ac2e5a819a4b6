// libFuzzer entry point for the storyboard target (scripts/fuzz.sh).
#include "Targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return hipscope::fuzz::storyboard(data, size);
}
