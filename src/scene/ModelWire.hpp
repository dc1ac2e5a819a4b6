// A Model as bytes, for handing an import back from the worker process (scene/IsolatedImport.hpp).
// The reader trusts nothing: every count is checked against the bytes that are there.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scene/Model.hpp"

namespace hipscope {

std::vector<std::uint8_t> encodeModel(const Model& model);
// Nothing when the bytes are not a whole, well-formed model (truncated, wrong magic, absurd counts).
std::optional<Model> decodeModel(const std::vector<std::uint8_t>& bytes);

}  // namespace hipscope
