// Dropped files sorted into models, storyboards and the rest.
#include "session/DroppedFile.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace hipscope {
namespace {

constexpr std::array<std::string_view, 7> kModelExtensions{".obj", ".gltf", ".glb", ".fbx", ".stl", ".ply", ".dae"};
constexpr const char* kWhatOpens = "a model (OBJ, glTF/GLB, FBX, STL, PLY or DAE) or a storyboard (.json)";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

DroppedFile classifyDrop(const std::filesystem::path& path) {
  DroppedFile file{DroppedFile::Kind::Refused, path, ""};
  const std::string name = path.filename().string();
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    file.why = name + " was not opened: it is no longer there";
  } else if (std::filesystem::is_directory(status)) {
    file.why = name + " is a folder; drop " + std::string(kWhatOpens) + " from it";
  } else if (!std::filesystem::is_regular_file(status)) {
    file.why = name + " is not a regular file; drop " + std::string(kWhatOpens);
  } else {
    const std::string ext = lower(path.extension().string());
    if (std::find(kModelExtensions.begin(), kModelExtensions.end(), ext) != kModelExtensions.end())
      file.kind = DroppedFile::Kind::Model;
    else if (ext == ".json")
      file.kind = DroppedFile::Kind::Storyboard;
    else
      file.why = name + (ext.empty() ? " has no file type" : " is a " + ext + " file") + ", not " + kWhatOpens +
                 "; it was not opened";
  }
  return file;
}

DropPlan planDrop(const std::vector<std::filesystem::path>& paths) {
  DropPlan plan;
  std::vector<std::string> refused, ignored;
  for (const std::filesystem::path& path : paths) {
    DroppedFile file = classifyDrop(path);
    if (file.kind == DroppedFile::Kind::Refused)
      refused.push_back(file.why);
    else if (plan.open)
      ignored.push_back(path.filename().string());
    else
      plan.open = std::move(file);
  }
  for (const std::string& why : refused) plan.message += (plan.message.empty() ? "" : "; ") + why;
  if (!ignored.empty()) {
    std::string names;
    for (const std::string& n : ignored) names += (names.empty() ? "" : ", ") + n;
    plan.message += (plan.message.empty() ? "" : "; ") + std::string("one file at a time: ") + names + " not opened";
  }
  return plan;
}

}  // namespace hipscope
