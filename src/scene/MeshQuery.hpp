// Geometry queries over triangle meshes: a bounding-volume hierarchy (closest point, inside test by
// generalized winding number), used by the sciatic contact and the anatomy fidelity tests.
#pragma once
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include <glm/glm.hpp>

namespace hipscope::mesh {

using Vec3 = glm::dvec3;
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Box {
  Vec3 min{kInfinity};
  Vec3 max{-kInfinity};

  bool empty() const { return min.x > max.x; }
  void add(const Vec3& p) { min = glm::min(min, p), max = glm::max(max, p); }
  void add(const Box& b) {
    if (!b.empty()) add(b.min), add(b.max);
  }
  Vec3 center() const { return (min + max) * 0.5; }
  Vec3 size() const { return empty() ? Vec3(0) : max - min; }
  bool contains(const Vec3& p, double margin = 0) const;
  double distanceSquared(const Vec3& p) const;  // 0 inside
};

struct TriangleMesh {
  std::vector<Vec3> positions;
  std::vector<std::array<std::uint32_t, 3>> triangles;

  Box bounds() const;
};

// The triangles whose three corners all pass `keep`, with their vertices (re-indexed).
TriangleMesh selectTriangles(const TriangleMesh& mesh, const std::function<bool(const Vec3&)>& keep);

// The mesh's largest connected piece of triangles (a nerve's trunk, without the roots and branches
// modelled as pieces of their own), with its vertices re-indexed.
TriangleMesh largestPiece(const TriangleMesh& mesh);
// Per vertex, 1 when it belongs to that piece.
std::vector<char> inLargestPiece(const TriangleMesh& mesh);

Vec3 closestPointOnTriangle(const Vec3& p, const Vec3& a, const Vec3& b, const Vec3& c);

struct SurfacePoint {
  double distance = kInfinity;
  Vec3 point{0};
  Vec3 normal{0};  // unit geometric normal of the triangle (from its winding)
  std::uint32_t triangle = 0;
  bool found() const { return distance < kInfinity; }
};

// Bounding-volume hierarchy over one mesh's triangles.
class MeshQuery {
 public:
  explicit MeshQuery(TriangleMesh mesh);

  const TriangleMesh& mesh() const { return mesh_; }
  const Box& bounds() const { return nodes_.empty() ? emptyBox_ : nodes_.front().box; }
  bool empty() const { return mesh_.triangles.empty(); }

  // Nearest point of the surface to p (nothing found when it is farther than maxDistance).
  SurfacePoint closest(const Vec3& p, double maxDistance = kInfinity) const;

  // The same mesh with its vertices moved (a posed or deformed copy of it, same triangles): the tree
  // keeps its shape and only its boxes are refitted, bottom up, which is far cheaper than a new tree.
  void refit(std::vector<Vec3> positions);

  // Generalized winding number (about 1 inside a closed, outward-wound mesh, -1 inside an inside-out
  // one, 0 outside), with the far-field dipole approximation of Barill et al. 2018 for distant subtrees.
  double windingNumber(const Vec3& p) const;
  // Inside the closed mesh, whichever way it is wound.
  bool contains(const Vec3& p) const { return bounds().contains(p) && std::abs(windingNumber(p)) > 0.5; }

 private:
  struct Node {
    Box box;
    Vec3 areaVector{0};                  // sum of triangle area vectors (0.5 * cross) below this node
    Vec3 centroid{0};                    // area-weighted centroid of those triangles
    double radius = 0;                   // of a ball around centroid holding the node's box
    double area = 0;                     // of the triangles below this node
    std::uint32_t first = 0, count = 0;  // leaf: range in order_
    std::uint32_t left = 0, right = 0;   // inner: children (count == 0)
  };

  std::uint32_t build(std::uint32_t first, std::uint32_t count, std::vector<Vec3>& centroids);
  double solidAngle(std::uint32_t triangle, const Vec3& p) const;

  TriangleMesh mesh_;
  std::vector<std::uint32_t> order_;  // triangle indices, grouped by leaf
  std::vector<Node> nodes_;
  Box emptyBox_;
};

struct ClosestPair {
  double distance = kInfinity;
  Vec3 onA{0}, onB{0};
  bool overlap = false;  // a vertex of one lies inside the other: distance is 0
  bool found() const { return distance < kInfinity; }
};

// Minimum distance between two closed meshes, sampled at the vertices: every vertex of each mesh is
// measured against the other's surface (exact up to the mesh resolution). 0 when a vertex of one lies
// inside the other; the pair is then the deepest such vertex and its nearest point on the other surface.
ClosestPair closestPair(const MeshQuery& a, const MeshQuery& b);

}  // namespace hipscope::mesh
