// Reading a text file the user named (a storyboard, a mapping file): a folder, a missing or an
// unreadable file is a UserError naming what it was meant to be, e.g.
// "could not read storyboard clips/sciatica.json: no such file or not readable".
#pragma once
#include <filesystem>
#include <string>

namespace hipscope {

std::string readUserTextFile(const std::filesystem::path& path, const std::string& what);

}  // namespace hipscope
