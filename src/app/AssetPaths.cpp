// Asset lookup relative to the running binary.
#include "app/AssetPaths.hpp"

#include <cstdlib>

#include "options/Error.hpp"

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

fs::path builtinModelPath() {
  const fs::path path = assetDirectory() / "hipscope.glb";
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw UserError("built-in model " + path.string() + " is missing; rebuild with ./run.sh or pass --model FILE");
  return path;
}

}  // namespace hipscope
