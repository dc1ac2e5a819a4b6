// Uploads model geometry into a single VAO.
#include "render/GpuModel.hpp"

#include <cmath>
#include <cstddef>

namespace hipscope {
namespace {

float meanEdge(const MeshPart& p) {
  double sum = 0;
  for (std::size_t k = 0; k + 2 < p.indices.size(); k += 3)
    for (int e = 0; e < 3; ++e)
      sum += glm::distance(p.vertices[p.indices[k + e]].position, p.vertices[p.indices[k + (e + 1) % 3]].position);
  return p.indices.empty() ? 0.0f : static_cast<float>(sum / static_cast<double>(p.indices.size()));
}

// The rest-pose sphere round a part, its lods and variants, and the joints they follow.
void describeBounds(const MeshPart& p, DrawRange& r) {
  Bounds b;
  auto add = [&](const MeshPart& mesh) {
    for (const Vertex& v : mesh.vertices) {
      b.add(v.position);
      const float sum = v.weights[0] + v.weights[1];
      if (sum <= 0.0f) {
        r.someAtRest = true;
        continue;
      }
      r.weightsBlend = r.weightsBlend && std::abs(sum - 1.0f) < 1e-3f;
      for (int k = 0; k < 2; ++k) {
        if (v.weights[k] <= 0.0f) continue;
        if (v.joints[k] < 32)
          r.joints |= 1u << v.joints[k];
        else
          r.weightsBlend = false;  // not one the mask can hold: never left out
      }
    }
  };
  add(p);
  for (const MeshPart& lod : p.lods) add(lod);
  for (const MeshPart& variant : p.variants) add(variant);
  r.centre = b.center();
  r.radius = b.radius();
}

}  // namespace

GpuModel::GpuModel(const Model& model, const VertexTags& tags)
    : vao_(gl::VertexArray::create()),
      vertices_(gl::Buffer::create()),
      indices_(gl::Buffer::create()),
      tags_(gl::Buffer::create()) {
  std::size_t vertexCount = 0, indexCount = 0, lodVertices = 0, lodIndices = 0;
  for (const auto& p : model.parts) {
    vertexCount += p.vertices.size(), indexCount += p.indices.size();
    for (const auto& lod : p.lods) lodVertices += lod.vertices.size(), lodIndices += lod.indices.size();
    for (const auto& v : p.variants) lodVertices += v.vertices.size(), lodIndices += v.indices.size();
  }

  glBindVertexArray(vao_.id());
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>((vertexCount + lodVertices) * sizeof(Vertex)), nullptr,
               GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices_.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>((indexCount + lodIndices) * sizeof(std::uint32_t)),
               nullptr, GL_STATIC_DRAW);

  // The pain zones: -1 (none) everywhere but on the meshes the caller tags.
  std::vector<glm::vec3> zoneTags(vertexCount + lodVertices, glm::vec3(-1.0f, -1.0f, 1.0f));
  std::size_t vertexOffset = 0, indexOffset = 0;
  std::size_t part = 0;
  auto upload = [&](const MeshPart& p) {
    if (tags) {
      const std::vector<glm::vec3> t = tags(part, p);
      if (t.size() == p.vertices.size())
        std::copy(t.begin(), t.end(), zoneTags.begin() + static_cast<std::ptrdiff_t>(vertexOffset));
    }
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(vertexOffset * sizeof(Vertex)),
                    static_cast<GLsizeiptr>(p.vertices.size() * sizeof(Vertex)), p.vertices.data());
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLintptr>(indexOffset * sizeof(std::uint32_t)),
                    static_cast<GLsizeiptr>(p.indices.size() * sizeof(std::uint32_t)), p.indices.data());
    const LodRange range{static_cast<GLsizei>(p.indices.size()), indexOffset, static_cast<GLint>(vertexOffset),
                         meanEdge(p)};
    vertexOffset += p.vertices.size();
    indexOffset += p.indices.size();
    return range;
  };
  for (const auto& p : model.parts) {
    const LodRange full = upload(p);
    ++part;
    ranges_.push_back({full.indexCount, full.firstIndex, full.baseVertex, p.color, p.texture});
    describeBounds(p, ranges_.back());
  }
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    part = i;
    for (const auto& lod : model.parts[i].lods) ranges_[i].lods.push_back(upload(lod));
    for (const auto& variant : model.parts[i].variants) ranges_[i].variants.push_back(upload(variant));
  }
  triangles_ = indexCount / 3;

  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, uv)));
  glEnableVertexAttribArray(3);
  glVertexAttribIPointer(3, 2, GL_UNSIGNED_BYTE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, joints)));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, weights)));
  glBindBuffer(GL_ARRAY_BUFFER, tags_.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(zoneTags.size() * sizeof(glm::vec3)), zoneTags.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(5);
  glVertexAttribPointer(5, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.id());
  glBindVertexArray(0);

  // Base colour images: stored as sRGB so the shader samples linear colour, as its lighting expects.
  for (const Texture& t : model.textures) {
    gl::Texture texture = gl::Texture::create();
    glBindTexture(GL_TEXTURE_2D, texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, t.width, t.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, t.rgba.data());
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
    textures_.push_back(std::move(texture));
  }
  glBindTexture(GL_TEXTURE_2D, 0);
}

}  // namespace hipscope
