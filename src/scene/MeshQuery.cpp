// AABB tree over triangles: closest-point queries, fast winding numbers and mesh-to-mesh distance.
#include "scene/MeshQuery.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>
#include <utility>

namespace hipscope::mesh {
namespace {

constexpr std::uint32_t kLeafSize = 4;
constexpr double kFarFieldRatio = 2.0;  // a subtree is "far" beyond this many of its radii

}  // namespace

bool Box::contains(const Vec3& p, double margin) const {
  return p.x >= min.x - margin && p.y >= min.y - margin && p.z >= min.z - margin && p.x <= max.x + margin &&
         p.y <= max.y + margin && p.z <= max.z + margin;
}

double Box::distanceSquared(const Vec3& p) const {
  const Vec3 d = glm::max(glm::max(min - p, p - max), Vec3(0));
  return glm::dot(d, d);
}

Box TriangleMesh::bounds() const {
  Box box;
  for (const auto& t : triangles)
    for (auto i : t) box.add(positions[i]);
  return box;
}

namespace {

// The triangles that pass `keep`, with their vertices (re-indexed).
TriangleMesh keepTriangles(const TriangleMesh& mesh,
                           const std::function<bool(const std::array<std::uint32_t, 3>&)>& keep) {
  TriangleMesh out;
  std::unordered_map<std::uint32_t, std::uint32_t> remap;
  auto index = [&](std::uint32_t i) {
    auto [it, added] = remap.try_emplace(i, static_cast<std::uint32_t>(out.positions.size()));
    if (added) out.positions.push_back(mesh.positions[i]);
    return it->second;
  };
  for (const auto& t : mesh.triangles)
    if (keep(t)) out.triangles.push_back({index(t[0]), index(t[1]), index(t[2])});
  return out;
}

}  // namespace

TriangleMesh selectTriangles(const TriangleMesh& mesh, const std::function<bool(const Vec3&)>& keep) {
  return keepTriangles(mesh, [&](const auto& t) {
    return keep(mesh.positions[t[0]]) && keep(mesh.positions[t[1]]) && keep(mesh.positions[t[2]]);
  });
}

std::vector<char> inLargestPiece(const TriangleMesh& mesh) {
  std::vector<std::uint32_t> parent(mesh.positions.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<std::uint32_t>(i);
  auto root = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (const auto& t : mesh.triangles) parent[root(t[1])] = root(t[0]), parent[root(t[2])] = root(t[0]);
  std::unordered_map<std::uint32_t, std::size_t> size;
  for (const auto& t : mesh.triangles) ++size[root(t[0])];
  std::uint32_t biggest = 0;
  std::size_t most = 0;
  for (const auto& [r, n] : size)
    if (n > most || (n == most && r < biggest)) most = n, biggest = r;
  std::vector<char> in(mesh.positions.size(), 0);
  for (const auto& t : mesh.triangles)
    if (root(t[0]) == biggest) in[t[0]] = in[t[1]] = in[t[2]] = 1;
  return in;
}

TriangleMesh largestPiece(const TriangleMesh& mesh) {
  const std::vector<char> in = inLargestPiece(mesh);
  return keepTriangles(mesh, [&](const auto& t) { return in[t[0]] != 0; });
}

// Ericson, Real-Time Collision Detection, 5.1.5.
Vec3 closestPointOnTriangle(const Vec3& p, const Vec3& a, const Vec3& b, const Vec3& c) {
  const Vec3 ab = b - a, ac = c - a, ap = p - a;
  const double d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const Vec3 bp = p - b;
  const double d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const double vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const Vec3 cp = p - c;
  const double d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const double vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const double va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const double denom = 1.0 / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

MeshQuery::MeshQuery(TriangleMesh mesh) : mesh_(std::move(mesh)) {
  const auto n = static_cast<std::uint32_t>(mesh_.triangles.size());
  if (n == 0) return;
  order_.resize(n);
  std::vector<Vec3> centroids(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    order_[i] = i;
    const auto& t = mesh_.triangles[i];
    centroids[i] = (mesh_.positions[t[0]] + mesh_.positions[t[1]] + mesh_.positions[t[2]]) / 3.0;
  }
  nodes_.reserve(2 * (n / kLeafSize + 1));
  build(0, n, centroids);
}

std::uint32_t MeshQuery::build(std::uint32_t first, std::uint32_t count, std::vector<Vec3>& centroids) {
  const auto self = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  Box box, centroidBox;
  Vec3 areaVector(0), weighted(0);
  double area = 0;
  for (std::uint32_t k = first; k < first + count; ++k) {
    const auto& t = mesh_.triangles[order_[k]];
    const Vec3 &a = mesh_.positions[t[0]], &b = mesh_.positions[t[1]], &c = mesh_.positions[t[2]];
    box.add(a), box.add(b), box.add(c);
    centroidBox.add(centroids[order_[k]]);
    const Vec3 av = 0.5 * glm::cross(b - a, c - a);
    const double ar = glm::length(av);
    areaVector += av, area += ar, weighted += ar * centroids[order_[k]];
  }
  Node node;
  node.box = box;
  node.areaVector = areaVector;
  node.area = area;
  node.centroid = area > 0 ? weighted / area : box.center();
  for (int corner = 0; corner < 8; ++corner) {
    const Vec3 q((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                 (corner & 4) ? box.max.z : box.min.z);
    node.radius = std::max(node.radius, glm::length(q - node.centroid));
  }
  if (count <= kLeafSize) {
    node.first = first, node.count = count;
  } else {
    const Vec3 extent = centroidBox.size();
    const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0 : (extent.y >= extent.z ? 1 : 2);
    const std::uint32_t half = count / 2;
    std::nth_element(order_.begin() + first, order_.begin() + first + half, order_.begin() + first + count,
                     [&](std::uint32_t l, std::uint32_t r) { return centroids[l][axis] < centroids[r][axis]; });
    node.left = build(first, half, centroids);
    node.right = build(first + half, count - half, centroids);
  }
  nodes_[self] = node;
  return self;
}

void MeshQuery::refit(std::vector<Vec3> positions) {
  mesh_.positions = std::move(positions);
  // Children are made after their parent: going backwards meets every child before its parent.
  for (std::size_t i = nodes_.size(); i-- > 0;) {
    Node& node = nodes_[i];
    Box box;
    Vec3 areaVector(0), weighted(0);
    double area = 0;
    if (node.count > 0) {
      for (std::uint32_t k = node.first; k < node.first + node.count; ++k) {
        const auto& t = mesh_.triangles[order_[k]];
        const Vec3 &a = mesh_.positions[t[0]], &b = mesh_.positions[t[1]], &c = mesh_.positions[t[2]];
        box.add(a), box.add(b), box.add(c);
        const Vec3 av = 0.5 * glm::cross(b - a, c - a);
        const double ar = glm::length(av);
        areaVector += av, area += ar, weighted += ar * (a + b + c) / 3.0;
      }
    } else {
      for (const Node* child : {&nodes_[node.left], &nodes_[node.right]}) {
        box.add(child->box);
        areaVector += child->areaVector, area += child->area, weighted += child->area * child->centroid;
      }
    }
    node.box = box;
    node.areaVector = areaVector;
    node.area = area;
    node.centroid = area > 0 ? weighted / area : box.center();
    node.radius = 0;
    for (int corner = 0; corner < 8; ++corner) {
      const Vec3 q((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                   (corner & 4) ? box.max.z : box.min.z);
      node.radius = std::max(node.radius, glm::length(q - node.centroid));
    }
  }
}

SurfacePoint MeshQuery::closest(const Vec3& p, double maxDistance) const {
  SurfacePoint best;
  if (nodes_.empty()) return best;
  double bestSq = maxDistance < kInfinity ? maxDistance * maxDistance : kInfinity;
  std::uint32_t stack[128];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    if (node.box.distanceSquared(p) >= bestSq) continue;
    if (node.count > 0) {
      for (std::uint32_t k = node.first; k < node.first + node.count; ++k) {
        const auto& t = mesh_.triangles[order_[k]];
        const Vec3 &a = mesh_.positions[t[0]], &b = mesh_.positions[t[1]], &c = mesh_.positions[t[2]];
        const Vec3 q = closestPointOnTriangle(p, a, b, c);
        const double dSq = glm::dot(q - p, q - p);
        if (dSq < bestSq) {
          bestSq = dSq;
          best.distance = std::sqrt(dSq);
          best.point = q;
          best.triangle = order_[k];
          const Vec3 n = glm::cross(b - a, c - a);
          const double len = glm::length(n);
          best.normal = len > 0 ? n / len : Vec3(0);
        }
      }
      continue;
    }
    const double dl = nodes_[node.left].box.distanceSquared(p);
    const double dr = nodes_[node.right].box.distanceSquared(p);
    // Push the farther child first so the nearer one is searched first.
    if (dl < dr) {
      stack[top++] = node.right, stack[top++] = node.left;
    } else {
      stack[top++] = node.left, stack[top++] = node.right;
    }
  }
  return best;
}

// Signed solid angle of a triangle seen from p (Van Oosterom & Strackee 1983); positive when p is
// behind the triangle's counter-clockwise front face.
double MeshQuery::solidAngle(std::uint32_t triangle, const Vec3& p) const {
  const auto& t = mesh_.triangles[triangle];
  const Vec3 a = mesh_.positions[t[0]] - p, b = mesh_.positions[t[1]] - p, c = mesh_.positions[t[2]] - p;
  const double la = glm::length(a), lb = glm::length(b), lc = glm::length(c);
  const double numerator = glm::dot(a, glm::cross(b, c));
  const double denominator = la * lb * lc + glm::dot(a, b) * lc + glm::dot(a, c) * lb + glm::dot(b, c) * la;
  return 2.0 * std::atan2(numerator, denominator);
}

double MeshQuery::windingNumber(const Vec3& p) const {
  if (nodes_.empty()) return 0;
  double total = 0;
  std::uint32_t stack[128];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    const Vec3 r = node.centroid - p;
    const double distance = glm::length(r);
    if (distance > kFarFieldRatio * node.radius) {
      total += glm::dot(r, node.areaVector) / (distance * distance * distance);
    } else if (node.count > 0) {
      for (std::uint32_t k = node.first; k < node.first + node.count; ++k) total += solidAngle(order_[k], p);
    } else {
      stack[top++] = node.left, stack[top++] = node.right;
    }
  }
  return total / (4.0 * std::numbers::pi);
}

ClosestPair closestPair(const MeshQuery& a, const MeshQuery& b) {
  ClosestPair best;
  double deepest = -1;  // of the overlapping vertices found so far
  auto sweep = [&](const MeshQuery& from, const MeshQuery& to, bool fromIsA) {
    for (const Vec3& v : from.mesh().positions) {
      // A vertex inside the other (closed) mesh means the volumes overlap: distance 0 there, and
      // the deepest such vertex stands for the contact.
      const bool inside = to.contains(v);
      if (!inside && best.overlap) continue;
      const SurfacePoint s = to.closest(v, inside ? kInfinity : best.distance);
      if (!s.found()) continue;
      if (inside ? s.distance > deepest : s.distance < best.distance) {
        if (inside) deepest = s.distance, best.overlap = true;
        best.distance = inside ? 0.0 : s.distance;
        best.onA = fromIsA ? v : s.point;
        best.onB = fromIsA ? s.point : v;
      }
    }
  };
  if (a.empty() || b.empty()) return best;
  sweep(a, b, true);
  sweep(b, a, false);
  return best;
}

}  // namespace hipscope::mesh
