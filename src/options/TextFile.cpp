#include "options/TextFile.hpp"

#include <fstream>
#include <sstream>

#include "options/Error.hpp"

namespace hipscope {

std::string readUserTextFile(const std::filesystem::path& path, const std::string& what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw UserError("could not read " + what + " " + path.string() + ": it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("could not read " + what + " " + path.string() + ": no such file or not readable");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace hipscope
