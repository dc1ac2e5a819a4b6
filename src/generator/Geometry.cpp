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
    return belly * (tendon + (1.0f - tendon) * std::pow(std::max(0.0f, s), 0.8f));
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
      if (start)
        m.indices.insert(m.indices.end(), {centre, b, a});
      else
        m.indices.insert(m.indices.end(), {centre, a, b});
    }
  };
  if (o.capStart) cap(0, true);
  if (o.capEnd) cap(o.rings - 1, false);
  computeNormals(m);
  return m;
}

void computeNormals(GenMesh& m) {
  // Closed meshes are wound so that their signed volume is positive (normals point out).
  double volume = 0;
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3)
    volume +=
        glm::dot(m.positions[m.indices[i]], glm::cross(m.positions[m.indices[i + 1]], m.positions[m.indices[i + 2]]));
  if (volume < 0)
    for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) std::swap(m.indices[i + 1], m.indices[i + 2]);
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

namespace hipscope::gen {

glm::vec3 alongPolyline(const std::vector<glm::vec3>& line, float t) {
  if (line.size() == 1) return line[0];
  float total = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) total += glm::length(line[i + 1] - line[i]);
  float target = std::clamp(t, 0.0f, 1.0f) * total;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const float seg = glm::length(line[i + 1] - line[i]);
    if (target <= seg || i + 2 == line.size())
      return glm::mix(line[i], line[i + 1], seg > 0 ? std::min(target / seg, 1.0f) : 0.0f);
    target -= seg;
  }
  return line.back();
}

void merge(GenMesh& into, const GenMesh& part) {
  const auto base = static_cast<std::uint32_t>(into.positions.size());
  into.positions.insert(into.positions.end(), part.positions.begin(), part.positions.end());
  into.normals.insert(into.normals.end(), part.normals.begin(), part.normals.end());
  into.uvs.insert(into.uvs.end(), part.uvs.begin(), part.uvs.end());
  for (auto i : part.indices) into.indices.push_back(base + i);
}

GenMesh sheet(const std::string& name, const SheetSpec& s) {
  const int nu = s.stations, nv = s.fibres;
  // Mid-surface of the sheet.
  std::vector<glm::vec3> mid(static_cast<std::size_t>(nu) * nv);
  auto at = [nv](int u, int v) { return static_cast<std::size_t>(u) * nv + v; };
  for (int v = 0; v < nv; ++v) {
    const float tv = static_cast<float>(v) / (nv - 1);
    const glm::vec3 a = alongPolyline(s.origin, tv), b = alongPolyline(s.insertion, tv);
    const glm::vec3 c = (a + b) * 0.5f + s.bulge * std::sin(kPi * tv) * 0.6f + s.bulge * 0.4f;
    for (int u = 0; u < nu; ++u) {
      const float t = static_cast<float>(u) / (nu - 1);
      mid[at(u, v)] = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
      if (s.conform) mid[at(u, v)] = s.conform(mid[at(u, v)]);
    }
  }
  if (s.conform) {
    // Conforming moves neighbours by different amounts; relax the interior so the sheet stays smooth
    // (the origin and insertion rows stay put).
    for (int pass = 0; pass < 6; ++pass) {
      std::vector<glm::vec3> relaxed = mid;
      for (int u = 1; u + 1 < nu; ++u)
        for (int v = 0; v < nv; ++v) {
          const glm::vec3 across = (mid[at(u, std::max(v - 1, 0))] + mid[at(u, std::min(v + 1, nv - 1))]) * 0.5f;
          const glm::vec3 along = (mid[at(u - 1, v)] + mid[at(u + 1, v)]) * 0.5f;
          relaxed[at(u, v)] = mid[at(u, v)] * 0.4f + (across + along) * 0.3f;
        }
      mid.swap(relaxed);
    }
  }
  const glm::vec3 outward = glm::length(s.bulge) > 0 ? glm::normalize(s.bulge) : glm::vec3(0, 0, -1);
  GenMesh m;
  m.name = name;
  // Two skins (outer then inner), each nu x nv.
  for (int side = 0; side < 2; ++side)
    for (int u = 0; u < nu; ++u)
      for (int v = 0; v < nv; ++v) {
        const glm::vec3 du = mid[at(std::min(u + 1, nu - 1), v)] - mid[at(std::max(u - 1, 0), v)];
        const glm::vec3 dv = mid[at(u, std::min(v + 1, nv - 1))] - mid[at(u, std::max(v - 1, 0))];
        glm::vec3 normal = glm::cross(du, dv);
        normal = glm::length(normal) > 0 ? glm::normalize(normal) : outward;
        if (glm::dot(normal, outward) < 0) normal = -normal;
        const float tu = static_cast<float>(u) / (nu - 1), tv = static_cast<float>(v) / (nv - 1);
        const float across = std::pow(std::max(0.0f, std::sin(kPi * tv)), 0.5f);
        const float end = glm::mix(s.originFraction, s.insertionFraction, tu);
        const float along = end + (1 - end) * std::pow(std::max(0.0f, std::sin(kPi * tu)), 0.7f);
        const float h = s.thickness * std::max(across * along, 0.08f);
        m.positions.push_back(mid[at(u, v)] + normal * (side == 0 ? h : -h));
        m.uvs.push_back({tu, tv});
      }
  const auto skin = static_cast<std::uint32_t>(nu * nv);
  auto id = [&](int side, int u, int v) { return static_cast<std::uint32_t>(side * skin + u * nv + v); };
  for (int u = 0; u + 1 < nu; ++u)
    for (int v = 0; v + 1 < nv; ++v) {
      m.indices.insert(m.indices.end(), {id(0, u, v), id(0, u + 1, v), id(0, u + 1, v + 1), id(0, u, v),
                                         id(0, u + 1, v + 1), id(0, u, v + 1)});
      m.indices.insert(m.indices.end(), {id(1, u, v), id(1, u + 1, v + 1), id(1, u + 1, v), id(1, u, v),
                                         id(1, u, v + 1), id(1, u + 1, v + 1)});
    }
  // Close the four edges between the skins.
  auto wall = [&](int u0, int v0, int u1, int v1) {
    m.indices.insert(m.indices.end(),
                     {id(0, u0, v0), id(1, u0, v0), id(1, u1, v1), id(0, u0, v0), id(1, u1, v1), id(0, u1, v1)});
  };
  for (int u = 0; u + 1 < nu; ++u) wall(u, 0, u + 1, 0), wall(u + 1, nv - 1, u, nv - 1);
  for (int v = 0; v + 1 < nv; ++v) wall(0, v + 1, 0, v), wall(nu - 1, v, nu - 1, v + 1);
  computeNormals(m);
  return m;
}

}  // namespace hipscope::gen
