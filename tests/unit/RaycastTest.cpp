// Ray casting against model triangles (double-click recentre).
#include <gtest/gtest.h>

#include "scene/Raycast.hpp"

using namespace hipscope;

namespace {

MeshPart quad(const std::string& name, float z) {
  MeshPart p;
  p.name = name;
  for (glm::vec3 v : {glm::vec3(-1, -1, z), glm::vec3(1, -1, z), glm::vec3(1, 1, z), glm::vec3(-1, 1, z)})
    p.vertices.push_back({v, {0, 0, 1}, {0, 0}});
  p.indices = {0, 1, 2, 0, 2, 3};
  return p;
}

}  // namespace

TEST(Raycast, ReturnsTheNearestHitAndItsPart) {
  Model m;
  m.parts = {quad("back", -1.0f), quad("front", 0.5f)};
  const auto hit = raycast(m, {{0.2f, 0.3f, 5.0f}, {0, 0, -1}});
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(m.parts[hit->part].name, "front");
  EXPECT_NEAR(hit->distance, 4.5f, 1e-5f);
  EXPECT_NEAR(hit->point.x, 0.2f, 1e-5f);
  EXPECT_NEAR(hit->point.z, 0.5f, 1e-5f);
}

TEST(Raycast, MissesOutsideAndBehind) {
  Model m;
  m.parts = {quad("only", 0.0f)};
  EXPECT_FALSE(raycast(m, {{1.5f, 0.0f, 5.0f}, {0, 0, -1}}).has_value());
  EXPECT_FALSE(raycast(m, {{0.0f, 0.0f, 5.0f}, {0, 0, 1}}).has_value());
}
