#include "base/UserConfig.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/Error.hpp"

namespace hipscope {
namespace fs = std::filesystem;

fs::path configDirectory() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    return fs::path(xdg) / "hipscope";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".config" / "hipscope";
  return fs::temp_directory_path() / "hipscope-config";  // no home at all: still never the working folder
}

void writeFileAtomically(const fs::path& path, const std::string& contents) {
  const std::string name = path.string();
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) throw UserError("could not write " + name + ": " + ec.message());
  const fs::path tmp = path.string() + ".tmp-" + std::to_string(getpid());
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw UserError("could not write " + name + ": " + std::strerror(errno));
  std::size_t done = 0;
  int error = 0;
  while (done < contents.size()) {
    const ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : ENOSPC;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  if (!error && fsync(fd) != 0) error = errno;
  if (close(fd) != 0 && !error) error = errno;
  if (!error && std::rename(tmp.c_str(), path.c_str()) != 0) error = errno;
  if (error) {
    fs::remove(tmp, ec);
    throw UserError("could not write " + name + ": " + std::strerror(error));
  }
  // The rename itself reaches the disk with the folder.
  if (const int dir = open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    fsync(dir);
    close(dir);
  }
}

RecentModels loadRecentModels(const fs::path& file) {
  RecentModels recent;
  std::ifstream in(file);
  if (!in) return recent;  // none yet
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("models") || !doc["models"].is_array()) {
    recent.problem = file.string() + " is not a list of recent models; starting a new one";
    return recent;
  }
  for (const auto& p : doc["models"])
    if (p.is_string() && !p.get<std::string>().empty() && recent.paths.size() < kRecentModels)
      recent.paths.push_back(p.get<std::string>());
  return recent;
}

void rememberModel(const fs::path& file, RecentModels& recent, const std::string& path) {
  recent.paths.erase(std::remove(recent.paths.begin(), recent.paths.end(), path), recent.paths.end());
  recent.paths.insert(recent.paths.begin(), path);
  if (recent.paths.size() > kRecentModels) recent.paths.resize(kRecentModels);
  recent.problem.clear();
  writeFileAtomically(file, nlohmann::json{{"models", recent.paths}}.dump(1) + "\n");
}

}  // namespace hipscope
