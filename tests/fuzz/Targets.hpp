// Fuzz targets: each takes arbitrary bytes and must neither crash nor trip a sanitizer, whatever it
// is given; a mistake in the input is a UserError, nothing else. Run by libFuzzer (scripts/fuzz.sh,
// clang) and, over the corpus and every crash ever found, by the fuzz.replay test (any compiler).
#pragma once
#include <cstddef>
#include <cstdint>

namespace hipscope::fuzz {

int storyboard(const std::uint8_t* data, std::size_t size);  // a storyboard file
int options(const std::uint8_t* data, std::size_t size);     // lines of key=value, as --set and presets
int modelWire(const std::uint8_t* data, std::size_t size);   // what the import worker hands back
int mapping(const std::uint8_t* data, std::size_t size);     // a model's mapping file
int presets(const std::uint8_t* data, std::size_t size);     // the saved views (presets.json)

}  // namespace hipscope::fuzz
