// Asset lookup relative to the running binary.
#include "base/AssetPaths.hpp"

#include <cstdlib>
#include <ctime>
#include <string>

#include "base/Error.hpp"

namespace hipscope {
namespace fs = std::filesystem;

fs::path assetDirectory() {
  if (const char* env = std::getenv("HIPSCOPE_ASSET_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path dir = ec ? fs::current_path() : exe.parent_path();
  for (const fs::path& candidate : {dir / "assets", dir / ".." / "share" / "hipscope" / "assets"})
    if (fs::exists(candidate / "hipscope.glb", ec)) return candidate;
  return dir / "assets";
}

fs::path importWorkerPath() {
  if (const char* env = std::getenv("HIPSCOPE_IMPORT_WORKER"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path dir = ec ? fs::current_path() : exe.parent_path();
  // Installed (the Debian package): /usr/bin/hipscope runs /usr/libexec/hipscope/hipscope-import.
  for (const fs::path& candidate : {dir / "hipscope-import", dir / ".." / "libexec" / "hipscope" / "hipscope-import"})
    if (fs::exists(candidate, ec)) return candidate;
  return dir / "hipscope-import";
}

fs::path builtinModelPath() {
  const fs::path path = assetDirectory() / "hipscope.glb";
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw UserError("built-in model " + path.string() + " is missing; rebuild with ./run.sh or pass --model FILE");
  return path;
}

std::filesystem::path datedUserFile(const char* folder, const char* extension) {
  std::filesystem::path where = ".";
  if (const char* home = std::getenv("HOME")) {
    std::error_code ec;
    if (std::filesystem::is_directory(std::filesystem::path(home) / folder, ec))
      where = std::filesystem::path(home) / folder;
  }
  const std::time_t now = std::time(nullptr);
  char name[64];
  std::strftime(name, sizeof name, "hipscope-%Y%m%d-%H%M%S", std::localtime(&now));
  return where / (std::string(name) + extension);
}

}  // namespace hipscope
