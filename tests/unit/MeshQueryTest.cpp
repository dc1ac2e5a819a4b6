// Self-tests of the anatomy tests' geometry (MeshQuery) on a unit cube and a finely tessellated sphere.
#include <cmath>
#include <numbers>
#include <random>

#include <gtest/gtest.h>

#include "scene/MeshQuery.hpp"

namespace hipscope::mesh {
namespace {

// Orients every triangle of a convex, origin-centred-ish mesh outward (counter-clockwise seen from outside).
void orientOutward(TriangleMesh& mesh, const Vec3& inside) {
  for (auto& t : mesh.triangles) {
    const Vec3 &a = mesh.positions[t[0]], &b = mesh.positions[t[1]], &c = mesh.positions[t[2]];
    if (glm::dot(glm::cross(b - a, c - a), (a + b + c) / 3.0 - inside) < 0) std::swap(t[1], t[2]);
  }
}

TriangleMesh unitCube(const Vec3& offset = Vec3(0)) {
  TriangleMesh m;
  for (int i = 0; i < 8; ++i) m.positions.push_back(offset + Vec3(i & 1, (i >> 1) & 1, (i >> 2) & 1));
  // Each face as two triangles over its four corners (bit `axis` fixed to `value`).
  for (int axis = 0; axis < 3; ++axis)
    for (int value = 0; value < 2; ++value) {
      const int u = 1 << ((axis + 1) % 3), v = 1 << ((axis + 2) % 3), base = value << axis;
      const std::uint32_t c0 = base, c1 = base | u, c2 = base | u | v, c3 = base | v;
      m.triangles.push_back({c0, c1, c2});
      m.triangles.push_back({c0, c2, c3});
    }
  orientOutward(m, offset + Vec3(0.5));
  return m;
}

TriangleMesh sphere(double radius, int rings, int segments) {
  TriangleMesh m;
  m.positions.push_back({0, radius, 0});
  for (int r = 1; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      const double theta = std::numbers::pi * r / rings, phi = 2 * std::numbers::pi * s / segments;
      m.positions.push_back(radius *
                            Vec3(std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi)));
    }
  m.positions.push_back({0, -radius, 0});
  const auto ring = [&](int r, int s) { return std::uint32_t(1 + (r - 1) * segments + (s % segments)); };
  const auto last = std::uint32_t(m.positions.size() - 1);
  for (int s = 0; s < segments; ++s) {
    m.triangles.push_back({0, ring(1, s), ring(1, s + 1)});
    m.triangles.push_back({last, ring(rings - 1, s + 1), ring(rings - 1, s)});
    for (int r = 1; r + 1 < rings; ++r) {
      m.triangles.push_back({ring(r, s), ring(r + 1, s), ring(r + 1, s + 1)});
      m.triangles.push_back({ring(r, s), ring(r + 1, s + 1), ring(r, s + 1)});
    }
  }
  orientOutward(m, Vec3(0));
  return m;
}

TEST(MeshQuery, UnitCubePointDistances) {
  const MeshQuery cube(unitCube());
  EXPECT_NEAR(cube.closest({0.5, 0.5, 0.5}).distance, 0.5, 1e-12);
  EXPECT_NEAR(cube.closest({0.5, 0.5, 0.9}).distance, 0.1, 1e-12);
  const SurfacePoint face = cube.closest({2.0, 0.25, 0.75});
  EXPECT_NEAR(face.distance, 1.0, 1e-12);
  EXPECT_NEAR(glm::length(face.point - Vec3(1.0, 0.25, 0.75)), 0.0, 1e-12);
  EXPECT_NEAR(glm::length(face.normal - Vec3(1, 0, 0)), 0.0, 1e-12);         // outward
  EXPECT_NEAR(cube.closest({2, 2, 2}).distance, std::sqrt(3.0), 1e-12);      // corner
  EXPECT_NEAR(cube.closest({0.5, -1, -1}).distance, std::sqrt(2.0), 1e-12);  // edge
  EXPECT_FALSE(cube.closest({5, 5, 5}, 1.0).found());                        // beyond maxDistance
}

TEST(MeshQuery, UnitCubeInsideOutside) {
  const MeshQuery cube(unitCube());
  EXPECT_NEAR(cube.windingNumber({0.5, 0.5, 0.5}), 1.0, 1e-9);
  EXPECT_NEAR(cube.windingNumber({1.5, 0.5, 0.5}), 0.0, 1e-9);
  EXPECT_TRUE(cube.contains({0.5, 0.5, 0.5}));
  EXPECT_TRUE(cube.contains({0.999, 0.001, 0.5}));
  EXPECT_FALSE(cube.contains({1.001, 0.5, 0.5}));
  EXPECT_FALSE(cube.contains({-0.5, -0.5, -0.5}));
  EXPECT_FALSE(cube.contains({10, 0.5, 0.5}));
  // Reversed winding reads as -1 inside; contains() holds either way.
  TriangleMesh flipped = unitCube();
  for (auto& t : flipped.triangles) std::swap(t[1], t[2]);
  const MeshQuery inverted(std::move(flipped));
  EXPECT_NEAR(inverted.windingNumber({0.5, 0.5, 0.5}), -1.0, 1e-9);
  EXPECT_TRUE(inverted.contains({0.5, 0.5, 0.5}));
  EXPECT_FALSE(inverted.contains({1.5, 0.5, 0.5}));
  // An open box (top face removed) reads about one half at its centre: not a closed mesh.
  TriangleMesh open = unitCube();
  std::erase_if(open.triangles, [&](const auto& t) {
    return open.positions[t[0]].y == 1 && open.positions[t[1]].y == 1 && open.positions[t[2]].y == 1;
  });
  ASSERT_EQ(open.triangles.size(), 10u);
  EXPECT_NEAR(MeshQuery(std::move(open)).windingNumber({0.5, 0.5, 0.5}), 5.0 / 6.0, 1e-9);
}

TEST(MeshQuery, ClosestPairOfTwoCubes) {
  const MeshQuery a(unitCube()), b(unitCube({1.5, 0.25, 0}));
  const ClosestPair pair = closestPair(a, b);
  EXPECT_NEAR(pair.distance, 0.5, 1e-12);
  EXPECT_NEAR(pair.onA.x, 1.0, 1e-12);
  EXPECT_NEAR(pair.onB.x, 1.5, 1e-12);
  const MeshQuery overlapping(unitCube({0.5, 0.5, 0.5}));
  EXPECT_NEAR(closestPair(a, overlapping).distance, 0.0, 1e-12);
}

TEST(MeshQuery, SelectTrianglesKeepsWholeTrianglesOnly) {
  const TriangleMesh bottom = selectTriangles(unitCube(), [](const Vec3& v) { return v.y < 0.5; });
  EXPECT_EQ(bottom.triangles.size(), 2u);
  EXPECT_EQ(bottom.positions.size(), 4u);
}

// A mesh big enough for a deep tree and the far-field winding approximation: the tree must agree with
// brute force, and inside/outside must hold right up to the surface.
TEST(MeshQuery, FineSphereMatchesBruteForce) {
  TriangleMesh mesh = sphere(1.0, 80, 160);
  ASSERT_GT(mesh.triangles.size(), 25000u);
  const MeshQuery query(mesh);
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(-1.6, 1.6);
  int checked = 0;
  for (int i = 0; i < 300; ++i) {
    const Vec3 p(coordinate(random), coordinate(random), coordinate(random));
    const double r = glm::length(p);
    if (std::abs(r - 1.0) < 0.01) continue;  // within the tessellation error of the surface
    double brute = kInfinity;
    for (const auto& t : mesh.triangles)
      brute = std::min(brute, glm::length(p - closestPointOnTriangle(p, mesh.positions[t[0]], mesh.positions[t[1]],
                                                                     mesh.positions[t[2]])));
    EXPECT_NEAR(query.closest(p).distance, brute, 1e-12) << "at " << p.x << ", " << p.y << ", " << p.z;
    EXPECT_EQ(query.contains(p), r < 1.0) << "at radius " << r;
    ++checked;
  }
  EXPECT_GT(checked, 250);
}

}  // namespace
}  // namespace hipscope::mesh
