// libFuzzer entry point for the modelwire target (scripts/fuzz.sh).
#include "Targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return hipscope::fuzz::modelWire(data, size);
}
