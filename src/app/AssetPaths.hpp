// Where the built-in model and other assets are found, wherever the binary runs from.
#pragma once
#include <filesystem>

namespace hipscope {

// Search order: $HIPSCOPE_ASSET_DIR, <binary dir>/assets, <binary dir>/../share/hipscope/assets.
std::filesystem::path assetDirectory();
std::filesystem::path builtinModelPath();

}  // namespace hipscope
