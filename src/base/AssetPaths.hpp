// Where the built-in model and other assets are found, wherever the binary runs from.
#pragma once
#include <filesystem>

namespace hipscope {

// Search order: $HIPSCOPE_ASSET_DIR, <binary dir>/assets, <binary dir>/../share/hipscope/assets.
std::filesystem::path assetDirectory();
std::filesystem::path builtinModelPath();
// The import worker (scene/IsolatedImport.hpp): $HIPSCOPE_IMPORT_WORKER, else beside the hipscope
// binary, else <binary dir>/../libexec/hipscope (where the Debian package installs it).
std::filesystem::path importWorkerPath();

// A new file for the user, named by the date and time ("hipscope-20261124-153000" + extension), in
// ~/<folder> (Videos, Pictures) if that exists, else in the working folder.
std::filesystem::path datedUserFile(const char* folder, const char* extension);

}  // namespace hipscope
