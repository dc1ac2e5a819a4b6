// Material images decoded with stb.
#include "scene/MaterialTextures.hpp"

#include <algorithm>
#include <cstdint>

#include <assimp/material.h>
#include <assimp/texture.h>
#include <stb_image.h>

namespace hipscope {
namespace fs = std::filesystem;
namespace {

std::optional<Texture> decoded(unsigned char* data, int w, int h) {
  if (!data) return std::nullopt;
  std::optional<Texture> t;
  if (w >= 1 && h >= 1 && w <= kMaxTextureSide && h <= kMaxTextureSide)
    t = Texture{w, h, std::vector<std::uint8_t>(data, data + std::size_t(w) * std::size_t(h) * 4)};
  stbi_image_free(data);
  return t;
}

}  // namespace

int TextureReader::textureOf(unsigned materialIndex) {
  if (materialIndex >= scene_.mNumMaterials) return -1;
  const aiMaterial& m = *scene_.mMaterials[materialIndex];
  aiString path;
  if (m.GetTexture(aiTextureType_BASE_COLOR, 0, &path) != AI_SUCCESS &&
      m.GetTexture(aiTextureType_DIFFUSE, 0, &path) != AI_SUCCESS)
    return -1;
  const std::string key = path.C_Str();
  if (auto it = read_.find(key); it != read_.end()) return it->second;
  std::optional<Texture> texture = readEmbedded(key);
  if (!texture) texture = readFile(key);
  int index = -1;
  if (texture) {
    index = static_cast<int>(model_.textures.size());
    model_.textures.push_back(std::move(*texture));
  }
  return read_[key] = index;
}

std::optional<Texture> TextureReader::readEmbedded(const std::string& key) const {
  const aiTexture* t = scene_.GetEmbeddedTexture(key.c_str());
  if (!t || !t->pcData) return std::nullopt;
  int w = 0, h = 0, channels = 0;
  if (t->mHeight == 0) {  // a compressed image (PNG, JPEG) of mWidth bytes
    if (t->mWidth == 0 || t->mWidth > (1u << 30)) return std::nullopt;
    unsigned char* data = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(t->pcData),
                                                static_cast<int>(t->mWidth), &w, &h, &channels, 4);
    return decoded(data, w, h);  // not in one call: w and h are set by the load
  }
  if (t->mWidth > static_cast<unsigned>(kMaxTextureSide) || t->mHeight > static_cast<unsigned>(kMaxTextureSide))
    return std::nullopt;
  Texture out{static_cast<int>(t->mWidth), static_cast<int>(t->mHeight), {}};
  out.rgba.reserve(std::size_t(t->mWidth) * t->mHeight * 4);
  for (std::size_t i = 0; i < std::size_t(t->mWidth) * t->mHeight; ++i) {
    const aiTexel& texel = t->pcData[i];
    out.rgba.insert(out.rgba.end(), {texel.r, texel.g, texel.b, texel.a});
  }
  return out;
}

std::optional<Texture> TextureReader::readFile(std::string name) const {
  std::replace(name.begin(), name.end(), '\\', '/');
  for (const fs::path& candidate : {folder_ / name, folder_ / fs::path(name).filename()}) {
    if (!io_.allowed(candidate.string().c_str())) continue;
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(candidate.string().c_str(), &w, &h, &channels, 4);
    if (std::optional<Texture> t = decoded(data, w, h)) return t;
  }
  return std::nullopt;
}

}  // namespace hipscope
