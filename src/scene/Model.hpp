// A loaded model on the CPU: named triangle meshes in model space (metres, +Y up).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "scene/Bounds.hpp"

namespace hipscope {

struct Vertex {
  glm::vec3 position;
  glm::vec3 normal;
  glm::vec2 uv;  // for anatomy meshes: u runs along the muscle fibres
  // Skinning: the two strongest joints (indices into Model::jointNames) and their weights; all-zero
  // weights mean the vertex does not move with a skeleton.
  std::uint8_t joints[2] = {0, 0};
  float weights[2] = {0.0f, 0.0f};
};

// A mesh named NAME + kLodSuffix in a file is a coarser version of the structure NAME (a level of
// detail for when it is small on screen), not a structure of its own; NAME.lod2, NAME.lod3 ... are
// coarser still.
inline constexpr const char* kLodSuffix = ".lod1";
// The level of detail a mesh's name marks (NAME.lodN: N, at least 1), or 0 for any other name.
int lodLevelOf(std::string_view name);
// A mesh named NAME + kThroughSuffix is an anatomical variant of NAME shown on request: the sciatic
// nerve running through the piriformis instead of below it.
inline constexpr const char* kThroughSuffix = ".through";

// An image a model's material names as its base colour, decoded: 8-bit RGBA, rows top first.
struct Texture {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
};
inline constexpr int kMaxTextureSide = 8192;

// One named structure (a node of the file); node transforms are already applied.
struct MeshPart {
  std::string name;
  std::vector<Vertex> vertices;
  std::vector<std::uint32_t> indices;  // triangles
  glm::vec4 color{0.8f, 0.8f, 0.8f, 1.0f};
  int texture = -1;            // Model::textures index of its base colour image (-1: none); uv as Assimp gives it, v up
  std::vector<MeshPart> lods;  // coarser versions, finest first (only the renderer draws them)
  std::vector<MeshPart> variants;  // anatomical variants (NAME.through), drawn instead of it on request
};

struct Model {
  std::string source;  // file it came from
  std::vector<MeshPart> parts;
  std::vector<std::string> jointNames;  // skeleton joints the vertices are weighted to
  std::vector<Texture> textures;        // base colour images the parts refer to
  Bounds bounds;

  std::size_t triangleCount() const;
  const MeshPart* find(const std::string& name) const;
};

}  // namespace hipscope
