// Lofting: parallel-transport frames along a Catmull-Rom path, elliptical rings, end caps.
#include "generator/Geometry.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope::gen {
namespace {

constexpr float kPi = 3.14159265358979f;

}  // namespace

glm::vec3 samplePath(const std::vector<glm::vec3>& p, float t) {
  if (p.size() == 1) return p[0];
  const int segments = static_cast<int>(p.size()) - 1;
  const float x = std::clamp(t, 0.0f, 1.0f) * segments;
  const int i = std::min(static_cast<int>(x), segments - 1);
  const float u = x - i;
  const glm::vec3 p1 = p[i], p2 = p[i + 1];
  const glm::vec3 p0 = i > 0 ? p[i - 1] : p1 * 2.0f - p2;
  const glm::vec3 p3 = i + 2 < static_cast<int>(p.size()) ? p[i + 2] : p2 * 2.0f - p1;
  // Uniform Catmull-Rom; the paths are gentle enough that parameterisation artefacts do not show.
  const float u2 = u * u, u3 = u2 * u;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * u + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * u2 +
                 (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * u3);
}

Profile fusiform(glm::vec2 belly, float tendon) {
  return [belly, tendon](float t) {
    const float s = std::sin(kPi * t);
    return belly * (tendon + (1.0f - tendon) * std::pow(s, 0.8f));
  };
}

Profile constant(glm::vec2 halfWidths) {
  return [halfWidths](float) { return halfWidths; };
}

GenMesh loft(const std::string& name, const std::vector<glm::vec3>& points, const Profile& profile,
             const LoftOptions& o) {
  GenMesh m;
  m.name = name;
  std::vector<glm::vec3> centres(o.rings), tangents(o.rings);
  for (int r = 0; r < o.rings; ++r) centres[r] = samplePath(points, static_cast<float>(r) / (o.rings - 1));
  for (int r = 0; r < o.rings; ++r) {
    const glm::vec3 a = centres[std::max(r - 1, 0)], b = centres[std::min(r + 1, o.rings - 1)];
    tangents[r] = glm::normalize(b - a);
  }
  // Parallel transport keeps the rings from twisting.
  glm::vec3 up = o.up - tangents[0] * glm::dot(o.up, tangents[0]);
  if (glm::length(up) < 1e-4f) up = glm::abs(tangents[0].y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
  up = glm::normalize(up - tangents[0] * glm::dot(up, tangents[0]));
  for (int r = 0; r < o.rings; ++r) {
    if (r > 0) up = glm::normalize(up - tangents[r] * glm::dot(up, tangents[r]));
    const glm::vec3 side = glm::normalize(glm::cross(tangents[r], up));
    const float t = static_cast<float>(r) / (o.rings - 1);
    const glm::vec2 half = profile(t);
    for (int s = 0; s < o.sides; ++s) {
      const float a = 2.0f * kPi * s / o.sides;
      m.positions.push_back(centres[r] + side * (std::cos(a) * half.x) + up * (std::sin(a) * half.y));
      m.uvs.push_back({t, static_cast<float>(s) / o.sides});
    }
  }
  for (int r = 0; r + 1 < o.rings; ++r)
    for (int s = 0; s < o.sides; ++s) {
      const auto i0 = static_cast<std::uint32_t>(r * o.sides + s);
      const auto i1 = static_cast<std::uint32_t>(r * o.sides + (s + 1) % o.sides);
      const auto j0 = i0 + o.sides, j1 = i1 + o.sides;
      m.indices.insert(m.indices.end(), {i0, i1, j1, i0, j1, j0});
    }
  auto cap = [&](int ring, bool start) {
    const auto centre = static_cast<std::uint32_t>(m.positions.size());
    m.positions.push_back(centres[ring]);
    m.uvs.push_back({start ? 0.0f : 1.0f, 0.5f});
    for (int s = 0; s < o.sides; ++s) {
      const auto a = static_cast<std::uint32_t>(ring * o.sides + s);
      const auto b = static_cast<std::uint32_t>(ring * o.sides + (s + 1) % o.sides);
      if (start) m.indices.insert(m.indices.end(), {centre, b, a});
      else m.indices.insert(m.indices.end(), {centre, a, b});
    }
  };
  if (o.capStart) cap(0, true);
  if (o.capEnd) cap(o.rings - 1, false);
  computeNormals(m);
  return m;
}

void computeNormals(GenMesh& m) {
  m.normals.assign(m.positions.size(), glm::vec3(0.0f));
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
    const glm::vec3& a = m.positions[m.indices[i]];
    const glm::vec3 n = glm::cross(m.positions[m.indices[i + 1]] - a, m.positions[m.indices[i + 2]] - a);
    for (int k = 0; k < 3; ++k) m.normals[m.indices[i + k]] += n;
  }
  for (auto& n : m.normals) {
    const float len = glm::length(n);
    n = len > 0 ? n / len : glm::vec3(0, 1, 0);
  }
}

}  // namespace hipscope::gen
