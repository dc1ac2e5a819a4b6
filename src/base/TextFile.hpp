// Reading a text file the user named (a storyboard, a mapping file, the saved views): a folder, a
// missing or an unreadable file is a UserError naming what it was meant to be, e.g.
// "could not read storyboard clips/sciatica.json: permission denied". JSON in such a file is
// parsed with errors that name the file and the line.
#pragma once
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace hipscope {

std::string readUserTextFile(const std::filesystem::path& path, const std::string& what);

// 1-based line of byte `byte` in `text`.
int lineOf(const std::string& text, std::size_t byte);

// Parses JSON; throws UserError "FILE line N: not valid JSON (why)".
nlohmann::json parseUserJson(const std::string& text, const std::string& fileName);

}  // namespace hipscope
