// Mesh simplification through meshoptimizer, then the vertex arrays compacted.
#include "generator/Simplify.hpp"

#include <cstdint>

#include <meshoptimizer.h>

#include "generator/MeshCleanup.hpp"

namespace hipscope::gen {

GenMesh simplified(const GenMesh& mesh, float error, float fraction) {
  if (mesh.indices.empty()) return mesh;
  const float scale = meshopt_simplifyScale(&mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3));
  std::vector<std::uint32_t> indices(mesh.indices.size());
  const std::size_t target = static_cast<std::size_t>(mesh.indices.size() * fraction) / 3 * 3;
  indices.resize(meshopt_simplify(indices.data(), mesh.indices.data(), mesh.indices.size(), &mesh.positions[0].x,
                                  mesh.positions.size(), sizeof(glm::vec3), target, error / scale, 0, nullptr));
  GenMesh out;
  out.name = mesh.name;
  out.color = mesh.color;
  out.lineOfAction = mesh.lineOfAction;
  std::vector<std::uint32_t> remap(mesh.positions.size(), UINT32_MAX);
  for (std::uint32_t& i : indices) {
    if (remap[i] == UINT32_MAX) {
      remap[i] = static_cast<std::uint32_t>(out.positions.size());
      out.positions.push_back(mesh.positions[i]);
      if (!mesh.normals.empty()) out.normals.push_back(mesh.normals[i]);
      if (!mesh.uvs.empty()) out.uvs.push_back(mesh.uvs[i]);
      if (!mesh.joints.empty()) out.joints.push_back(mesh.joints[i]);
      if (!mesh.weights.empty()) out.weights.push_back(mesh.weights[i]);
    }
    i = remap[i];
  }
  out.indices = std::move(indices);
  dropDoubledTriangles(out);
  return out;
}

}  // namespace hipscope::gen
