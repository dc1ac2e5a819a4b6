// A generated mesh handed to the library's bounding-volume hierarchy.
#include "generator/MeshQueryOf.hpp"

namespace hipscope::gen {

mesh::MeshQuery queryOf(const GenMesh& m) {
  mesh::TriangleMesh t;
  t.positions.assign(m.positions.begin(), m.positions.end());
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3)
    t.triangles.push_back({m.indices[i], m.indices[i + 1], m.indices[i + 2]});
  return mesh::MeshQuery(std::move(t));
}

}  // namespace hipscope::gen
