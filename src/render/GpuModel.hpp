// A Model uploaded to the GPU: one vertex and index buffer, one draw range per part.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "render/gl/Handles.hpp"
#include "scene/Model.hpp"

namespace hipscope {

// A coarser version of a part (MeshPart::lods) in the same buffers.
struct LodRange {
  GLsizei indexCount = 0;
  std::size_t firstIndex = 0;
  GLint baseVertex = 0;
  float edge = 0.0f;  // mean edge length, metres: how coarse it looks from a given distance
};

struct DrawRange {
  GLsizei indexCount = 0;
  std::size_t firstIndex = 0;
  GLint baseVertex = 0;
  glm::vec4 color{1.0f};
  int texture = -1;                // GpuModel::texture index of its base colour image (-1: none)
  glm::vec3 centre{0.0f};          // of its rest-pose bounds: opaque parts are drawn nearest first
  float radius = 0.0f;             // of the same bounds
  std::vector<LodRange> lods;      // finest first
  std::vector<LodRange> variants;  // MeshPart::variants, in order
  // Skinning, for telling whether the posed part can be in view: the joints its vertices (and those of
  // its lods and variants) follow, whether some follow none (they stay at rest), and whether every
  // weighted vertex's weights add up to one (a blend of rigid moves: within the moved spheres' hull).
  std::uint32_t joints = 0;  // bit j: joint j
  bool someAtRest = false;
  bool weightsBlend = true;
};

// The range to draw for a part: variant `variant` (-1: the part itself).
inline LodRange rangeOf(const DrawRange& r, int variant) {
  if (variant >= 0 && static_cast<std::size_t>(variant) < r.variants.size())
    return r.variants[static_cast<std::size_t>(variant)];
  return {r.indexCount, r.firstIndex, r.baseVertex, 0.0f};
}

// Per vertex of a mesh of part `part` (the part itself, a coarser copy or a variant): the pain zone
// it lies in, the nearest other zone and how far inside its own (view/SkinZones), as floats; empty
// for a mesh without zones. Zone -1: none.
using VertexTags = std::function<std::vector<glm::vec3>(std::size_t part, const MeshPart& mesh)>;

class GpuModel {
 public:
  explicit GpuModel(const Model& model, const VertexTags& tags = {});
  void bind() const { glBindVertexArray(vao_.id()); }
  const std::vector<DrawRange>& ranges() const { return ranges_; }
  std::size_t triangleCount() const { return triangles_; }  // of the parts at full detail
  GLuint texture(int index) const { return textures_.at(static_cast<std::size_t>(index)).id(); }  // sRGB, mipmapped

 private:
  gl::VertexArray vao_;
  gl::Buffer vertices_, indices_, tags_;  // tags_: attribute 5, the pain zones (VertexTags)
  std::vector<DrawRange> ranges_;
  std::vector<gl::Texture> textures_;
  std::size_t triangles_ = 0;
};

}  // namespace hipscope
