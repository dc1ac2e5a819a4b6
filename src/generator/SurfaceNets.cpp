// Naive surface nets: one vertex per sign-changing cell, one quad per sign-changing grid edge.
#include "generator/SurfaceNets.hpp"

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace hipscope::gen {

GenMesh polygonize(const std::string& name, const Field& field, glm::vec3 lo, glm::vec3 hi, float cell) {
  lo -= glm::vec3(2 * cell);
  hi += glm::vec3(2 * cell);
  const glm::ivec3 n = glm::ivec3(glm::ceil((hi - lo) / cell)) + 1;  // grid points per axis
  auto index = [&](int i, int j, int k) { return (static_cast<std::size_t>(k) * n.y + j) * n.x + i; };
  auto point = [&](int i, int j, int k) { return lo + glm::vec3(i, j, k) * cell; };

  std::vector<float> value(static_cast<std::size_t>(n.x) * n.y * n.z);
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j)
      for (int i = 0; i < n.x; ++i) value[index(i, j, k)] = field(point(i, j, k));

  // A surface that reaches the sampling box would be cut open: that is an authoring error.
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j)
      for (int i = 0; i < n.x; ++i)
        if ((i == 0 || j == 0 || k == 0 || i == n.x - 1 || j == n.y - 1 || k == n.z - 1) && value[index(i, j, k)] < 0)
          throw std::runtime_error(name + ": the shape reaches its bounding box at " +
                                   std::to_string(point(i, j, k).x) + ", " + std::to_string(point(i, j, k).y) + ", " +
                                   std::to_string(point(i, j, k).z));
  GenMesh mesh;
  mesh.name = name;
  std::unordered_map<std::size_t, std::uint32_t> cellVertex;  // cell index -> vertex
  static const std::array<std::array<int, 6>, 12> edges = {{{0, 0, 0, 1, 0, 0},
                                                            {0, 1, 0, 1, 1, 0},
                                                            {0, 0, 1, 1, 0, 1},
                                                            {0, 1, 1, 1, 1, 1},
                                                            {0, 0, 0, 0, 1, 0},
                                                            {1, 0, 0, 1, 1, 0},
                                                            {0, 0, 1, 0, 1, 1},
                                                            {1, 0, 1, 1, 1, 1},
                                                            {0, 0, 0, 0, 0, 1},
                                                            {1, 0, 0, 1, 0, 1},
                                                            {0, 1, 0, 0, 1, 1},
                                                            {1, 1, 0, 1, 1, 1}}};
  for (int k = 0; k + 1 < n.z; ++k)
    for (int j = 0; j + 1 < n.y; ++j)
      for (int i = 0; i + 1 < n.x; ++i) {
        glm::vec3 sum(0.0f);
        int crossings = 0;
        for (const auto& e : edges) {
          const float a = value[index(i + e[0], j + e[1], k + e[2])];
          const float b = value[index(i + e[3], j + e[4], k + e[5])];
          if ((a < 0) == (b < 0)) continue;
          const float t = a / (a - b);
          sum += glm::mix(point(i + e[0], j + e[1], k + e[2]), point(i + e[3], j + e[4], k + e[5]), t);
          ++crossings;
        }
        if (!crossings) continue;
        glm::vec3 p = sum / static_cast<float>(crossings);
        // Onto the surface, without leaving its cell (where a field has a kink or a step, its gradient
        // would fling the vertex away).
        const glm::vec3 cellLo = point(i, j, k), cellHi = point(i + 1, j + 1, k + 1);
        for (int step = 0; step < 3; ++step) p = glm::clamp(p - gradient(field, p) * field(p), cellLo, cellHi);
        cellVertex[index(i, j, k)] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(p);
        mesh.normals.push_back(gradient(field, p));
        mesh.uvs.push_back({0.0f, 0.0f});
      }

  auto vertexOf = [&](int i, int j, int k) { return cellVertex.at(index(i, j, k)); };
  auto emitQuad = [&](std::array<std::uint32_t, 4> q, bool flip) {
    if (flip) std::swap(q[1], q[3]);
    const glm::vec3 &a = mesh.positions[q[0]], &b = mesh.positions[q[1]], &c = mesh.positions[q[2]],
                    &d = mesh.positions[q[3]];
    if (glm::length(a - c) <= glm::length(b - d))
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
    else
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[3], q[1], q[2], q[3]});
  };
  for (int k = 1; k + 1 < n.z; ++k)
    for (int j = 1; j + 1 < n.y; ++j)
      for (int i = 1; i + 1 < n.x; ++i) {
        const bool inside = value[index(i, j, k)] < 0;
        // Edge along +x: the four cells around it, ordered so the quad faces +x.
        if (i + 1 < n.x && inside != (value[index(i + 1, j, k)] < 0))
          emitQuad({vertexOf(i, j - 1, k - 1), vertexOf(i, j, k - 1), vertexOf(i, j, k), vertexOf(i, j - 1, k)},
                   !inside);
        if (j + 1 < n.y && inside != (value[index(i, j + 1, k)] < 0))
          emitQuad({vertexOf(i - 1, j, k - 1), vertexOf(i - 1, j, k), vertexOf(i, j, k), vertexOf(i, j, k - 1)},
                   !inside);
        if (k + 1 < n.z && inside != (value[index(i, j, k + 1)] < 0))
          emitQuad({vertexOf(i - 1, j - 1, k), vertexOf(i, j - 1, k), vertexOf(i, j, k), vertexOf(i - 1, j, k)},
                   !inside);
      }
  return mesh;
}

}  // namespace hipscope::gen
