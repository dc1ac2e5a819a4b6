#include "base/TextFile.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/Error.hpp"

namespace hipscope {

std::string readUserTextFile(const std::filesystem::path& path, const std::string& what) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  const std::string prefix = "could not read " + what + " " + path.string() + ": ";
  if (ec || !std::filesystem::exists(status)) throw UserError(prefix + "no such file");
  if (std::filesystem::is_directory(status)) throw UserError(prefix + "it is a directory");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UserError(prefix + (errno == EACCES ? "permission denied" : errno ? std::strerror(errno) : "not readable"));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw UserError(prefix + "reading failed");
  return text.str();
}

int lineOf(const std::string& text, std::size_t byte) {
  return 1 + static_cast<int>(std::count(
                 text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(byte, text.size())), '\n'));
}

nlohmann::json parseUserJson(const std::string& text, const std::string& fileName) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw UserError(fileName + " line 1: the file is empty");
  if (text.rfind("\xff\xfe", 0) == 0 || text.rfind("\xfe\xff", 0) == 0)
    throw UserError(fileName + " line 1: the file is UTF-16 text; save it as UTF-8");
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 6, column 59: syntax error while parsing
    // object key - invalid string: missing closing quote; last read: '"x'" -> the reason alone (what
    // was last read may be bytes that are not text).
    std::string why = e.what();
    if (auto pos = why.find(" - "); pos != std::string::npos)
      why = why.substr(pos + 3);
    else if (auto colon = why.find(": "); colon != std::string::npos)
      why = why.substr(colon + 2);
    if (auto pos = why.find("; last read"); pos != std::string::npos) why.erase(pos);
    throw UserError(fileName + " line " + std::to_string(lineOf(text, e.byte)) + ": not valid JSON (" + why + ")");
  } catch (const nlohmann::json::exception& e) {  // a number too large for any type (found by fuzzing)
    std::string why = e.what();
    if (auto pos = why.find("] "); pos != std::string::npos) why = why.substr(pos + 2);
    throw UserError(fileName + ": not valid JSON (" + why + ")");
  }
}

}  // namespace hipscope
