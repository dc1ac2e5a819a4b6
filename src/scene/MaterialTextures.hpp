// Base colour images of a model's materials, decoded for the GPU: embedded in the file, or a file in
// the model's own folder (ConfinedIO decides; a path from another machine, "C:\Users\...\skin.jpg",
// is looked for by its name there). One that cannot be read leaves its part in the material's colour.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <assimp/scene.h>

#include "scene/ConfinedIO.hpp"
#include "scene/Model.hpp"

namespace hipscope {

// Reads each image once and appends it to the model's textures.
class TextureReader {
 public:
  TextureReader(const aiScene& scene, const ConfinedIOSystem& io, std::filesystem::path folder, Model& model)
      : scene_(scene), io_(io), folder_(std::move(folder)), model_(model) {}

  // Index into Model::textures of the material's base colour image, or -1 when it has none that reads.
  int textureOf(unsigned materialIndex);

 private:
  std::optional<Texture> readEmbedded(const std::string& key) const;
  std::optional<Texture> readFile(std::string name) const;

  const aiScene& scene_;
  const ConfinedIOSystem& io_;
  std::filesystem::path folder_;
  Model& model_;
  std::map<std::string, int> read_;
};

}  // namespace hipscope
