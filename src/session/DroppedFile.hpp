// A file dropped on the window: a model opens (through the isolated importer, as Open does), a
// storyboard plays, anything else is said in the panel, in one line naming the file.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hipscope {

struct DroppedFile {
  enum class Kind { Model, Storyboard, Refused };
  Kind kind = Kind::Refused;
  std::filesystem::path path;
  std::string why;  // Refused: what the file is and why it was not opened
};

// What each dropped path is, in order. Reads nothing but the file's type and name.
DroppedFile classifyDrop(const std::filesystem::path& path);

// Of several dropped files, the one to act on (the first model or storyboard), and one line for
// everything else (empty when there is nothing to say).
struct DropPlan {
  std::optional<DroppedFile> open;
  std::string message;
};
DropPlan planDrop(const std::vector<std::filesystem::path>& paths);

}  // namespace hipscope
