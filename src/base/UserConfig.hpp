// Where Hipscope keeps what it remembers between runs ($XDG_CONFIG_HOME/hipscope, else
// ~/.config/hipscope; never the working folder), and how it writes there: a temporary file beside
// the target, flushed to disk, then renamed, so a crash or full disk never leaves a half-written file.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace hipscope {

std::filesystem::path configDirectory();

// Creates the folder if needed. Throws UserError naming the file on any failure; the old file, if
// any, is then untouched.
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents);

// Recently opened models, newest first, at most kRecentModels (recent.json in configDirectory()).
inline constexpr std::size_t kRecentModels = 8;
struct RecentModels {
  std::vector<std::string> paths;
  std::string problem;  // set when the file existed but could not be read: said once, then replaced
};
RecentModels loadRecentModels(const std::filesystem::path& file);
// Puts `path` first (once) and writes the list; throws UserError as writeFileAtomically.
void rememberModel(const std::filesystem::path& file, RecentModels& recent, const std::string& path);

}  // namespace hipscope
