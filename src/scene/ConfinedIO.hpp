// The files an importer may open while reading a model: the model itself and what sits in its own
// folder (an OBJ's .mtl, a glTF's .bin buffers and textures). A path leading anywhere else
// ("../../home/me/.ssh/id_rsa", "/dev/zero", a link out of the folder) is refused and remembered,
// so a model from elsewhere can neither read the user's files nor hang on a device.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include <assimp/DefaultIOSystem.h>

namespace hipscope {

class ConfinedIOSystem : public Assimp::DefaultIOSystem {
 public:
  explicit ConfinedIOSystem(const std::filesystem::path& folder);

  bool Exists(const char* file) const override;
  Assimp::IOStream* Open(const char* file, const char* mode = "rb") override;

  // The paths refused so far, as the model named them.
  const std::vector<std::string>& refused() const { return refused_; }

  // Whether `file` resolves (links followed) to a regular file inside the folder.
  bool allowed(const char* file) const;

 private:
  void refuse(const char* file) const;

 private:
  std::filesystem::path folder_;  // canonical
  mutable std::vector<std::string> refused_;
};

}  // namespace hipscope
