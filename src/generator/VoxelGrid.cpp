// Voxel lattice: filling closed meshes by crossing parity, and the exact distance transform.
#include "generator/VoxelGrid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hipscope::gen {
namespace {

// One pass of the 1-D squared distance transform (lower envelope of parabolas), in place over a
// strided line of `n` values (in squared voxel units).
void transformLine(float* f, std::size_t stride, int n, std::vector<float>& d, std::vector<int>& v,
                   std::vector<float>& z) {
  constexpr float kInf = std::numeric_limits<float>::infinity();
  auto at = [f, stride](int q) { return f[q * stride]; };
  int k = -1;
  for (int q = 0; q < n; ++q) {
    if (at(q) == kInf) continue;  // an empty voxel is never the nearest
    float s = 0;
    while (k >= 0) {
      const int p = v[k];
      s = ((at(q) + float(q) * q) - (at(p) + float(p) * p)) / (2.0f * (q - p));
      if (s > z[k]) break;
      --k;
    }
    ++k;
    v[k] = q;
    z[k] = k == 0 ? -kInf : s;
    z[k + 1] = kInf;
  }
  if (k < 0) return;  // nothing on this line yet
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[k + 1] < q) ++k;
    const float dq = static_cast<float>(q - v[k]);
    d[q] = dq * dq + at(v[k]);
  }
  for (int q = 0; q < n; ++q) f[q * stride] = d[q];
}

}  // namespace

Lattice Lattice::around(glm::vec3 lo, glm::vec3 hi, float margin, glm::ivec3& offset) const {
  const glm::ivec3 a = glm::max(glm::ivec3(glm::floor((lo - margin - origin) / cell)), glm::ivec3(0));
  const glm::ivec3 b = glm::min(glm::ivec3(glm::ceil((hi + margin - origin) / cell)), size - 1);
  offset = a;
  Lattice part;
  part.cell = cell;
  part.origin = origin + glm::vec3(a) * cell;
  part.size = glm::max(b - a + 1, glm::ivec3(0));
  return part;
}

void fillInside(const GenMesh& mesh, const Lattice& lattice, std::vector<std::uint8_t>& into) {
  into.resize(lattice.count(), 0);
  // Crossings of each (i, j) column with the triangles: z and whether the surface faces +Z there.
  std::vector<std::vector<std::pair<float, bool>>> columns(static_cast<std::size_t>(lattice.size.x) * lattice.size.y);
  // Columns are nudged off the lattice by an odd fraction so that none runs exactly along an edge.
  const glm::vec2 nudge(lattice.cell * 1.13e-3f, lattice.cell * 0.71e-3f);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                    c = mesh.positions[mesh.indices[t + 2]];
    const glm::vec2 lo = glm::min(glm::min(glm::vec2(a), glm::vec2(b)), glm::vec2(c));
    const glm::vec2 hi = glm::max(glm::max(glm::vec2(a), glm::vec2(b)), glm::vec2(c));
    const glm::vec2 o = glm::vec2(lattice.origin) + nudge;
    const int i0 = std::max(0, static_cast<int>(std::ceil((lo.x - o.x) / lattice.cell)));
    const int i1 = std::min(lattice.size.x - 1, static_cast<int>(std::floor((hi.x - o.x) / lattice.cell)));
    const int j0 = std::max(0, static_cast<int>(std::ceil((lo.y - o.y) / lattice.cell)));
    const int j1 = std::min(lattice.size.y - 1, static_cast<int>(std::floor((hi.y - o.y) / lattice.cell)));
    const float area = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    if (area == 0.0f) continue;
    for (int j = j0; j <= j1; ++j)
      for (int i = i0; i <= i1; ++i) {
        const glm::vec2 p = o + glm::vec2(i, j) * lattice.cell;
        // Barycentric coordinates of the column in the triangle's XY projection.
        const float u = ((b.x - p.x) * (c.y - p.y) - (c.x - p.x) * (b.y - p.y)) / area;
        const float v = ((c.x - p.x) * (a.y - p.y) - (a.x - p.x) * (c.y - p.y)) / area;
        const float w = 1.0f - u - v;
        if (u < 0 || v < 0 || w < 0) continue;
        columns[static_cast<std::size_t>(j) * lattice.size.x + i].push_back({u * a.z + v * b.z + w * c.z, area > 0});
      }
  }
  for (int j = 0; j < lattice.size.y; ++j)
    for (int i = 0; i < lattice.size.x; ++i) {
      auto& hits = columns[static_cast<std::size_t>(j) * lattice.size.x + i];
      if (hits.size() < 2) continue;
      std::sort(hits.begin(), hits.end());
      // Inside where more surfaces facing -Z than facing +Z lie below (a winding number along the
      // column: overlapping closed pieces stay inside). Where the crossings do not balance (a
      // surface wound the wrong way, a crack), every crossing toggles instead.
      int balance = 0;
      for (const auto& hit : hits) balance += hit.second ? -1 : 1;
      int winding = 0;
      std::size_t h = 0;
      for (int k = 0; k < lattice.size.z; ++k) {
        const float z = lattice.origin.z + k * lattice.cell;
        for (; h < hits.size() && hits[h].first < z; ++h) winding += balance == 0 ? (hits[h].second ? -1 : 1) : 1;
        if (balance == 0 ? winding > 0 : winding % 2 == 1) into[lattice.index(i, j, k)] = 1;
      }
    }
}

std::vector<float> distanceToSet(const std::vector<std::uint8_t>& inside, const Lattice& lattice) {
  constexpr float kInf = std::numeric_limits<float>::infinity();
  std::vector<float> f(lattice.count());
  for (std::size_t i = 0; i < f.size(); ++i) f[i] = inside[i] ? 0.0f : kInf;
  const int longest = std::max({lattice.size.x, lattice.size.y, lattice.size.z});
  std::vector<float> d(longest), z(longest + 1);
  std::vector<int> v(longest);
  const glm::ivec3 n = lattice.size;
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j) transformLine(&f[lattice.index(0, j, k)], 1, n.x, d, v, z);
  for (int k = 0; k < n.z; ++k)
    for (int i = 0; i < n.x; ++i) transformLine(&f[lattice.index(i, 0, k)], n.x, n.y, d, v, z);
  for (int j = 0; j < n.y; ++j)
    for (int i = 0; i < n.x; ++i)
      transformLine(&f[lattice.index(i, j, 0)], static_cast<std::size_t>(n.x) * n.y, n.z, d, v, z);
  for (float& x : f) x = std::sqrt(x) * lattice.cell;
  return f;
}

void smoothAlongAxes(std::vector<float>& f, const Lattice& l) {
  std::vector<float> out(f.size());
  const std::size_t strides[3] = {1, static_cast<std::size_t>(l.size.x), static_cast<std::size_t>(l.size.x) * l.size.y};
  for (int axis = 0; axis < 3; ++axis) {
    const std::size_t st = strides[axis];
    for (int k = 0; k < l.size.z; ++k)
      for (int j = 0; j < l.size.y; ++j)
        for (int i = 0; i < l.size.x; ++i) {
          const int at[3] = {i, j, k};
          const std::size_t v = l.index(i, j, k);
          const bool face = at[axis] == 0 || at[axis] + 1 == l.size[axis];
          out[v] = face ? f[v] : 0.25f * f[v - st] + 0.5f * f[v] + 0.25f * f[v + st];
        }
    f.swap(out);
  }
}

float sampleTrilinear(const std::vector<float>& values, const Lattice& lattice, glm::vec3 p, float outside) {
  const glm::vec3 g = (p - lattice.origin) / lattice.cell;
  const glm::ivec3 a(glm::floor(g));
  if (glm::any(glm::lessThan(a, glm::ivec3(0))) || glm::any(glm::greaterThanEqual(a + 1, lattice.size))) return outside;
  const glm::vec3 t = g - glm::vec3(a);
  float c[2][2][2];
  for (int dz = 0; dz < 2; ++dz)
    for (int dy = 0; dy < 2; ++dy)
      for (int dx = 0; dx < 2; ++dx) c[dz][dy][dx] = values[lattice.index(a.x + dx, a.y + dy, a.z + dz)];
  auto lerp = [](float x, float y, float s) { return x + (y - x) * s; };
  const float y0 = lerp(lerp(c[0][0][0], c[0][0][1], t.x), lerp(c[0][1][0], c[0][1][1], t.x), t.y);
  const float y1 = lerp(lerp(c[1][0][0], c[1][0][1], t.x), lerp(c[1][1][0], c[1][1][1], t.x), t.y);
  return lerp(y0, y1, t.z);
}

}  // namespace hipscope::gen
