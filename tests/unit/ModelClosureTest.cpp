// The built-in model is drawn with back faces culled, so every mesh must be closed and wound outward.
#include <gtest/gtest.h>

#include <map>

#include "scene/ModelLoader.hpp"

using namespace hipscope;

TEST(BuiltInModel, EveryMeshIsClosedAndConsistentlyWound) {
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  std::vector<const MeshPart*> meshes;  // the structures and their coarser levels of detail
  for (const MeshPart& part : model.parts) {
    meshes.push_back(&part);
    for (const MeshPart& lod : part.lods) meshes.push_back(&lod);
    for (const MeshPart& variant : part.variants) meshes.push_back(&variant);
  }
  for (const MeshPart* mesh : meshes) {
    const MeshPart& part = *mesh;
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
    double volume = 0;
    for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
      const std::uint32_t a = part.indices[t], b = part.indices[t + 1], c = part.indices[t + 2];
      ++edges[{a, b}], ++edges[{b, c}], ++edges[{c, a}];
      volume +=
          glm::dot(part.vertices[a].position, glm::cross(part.vertices[b].position, part.vertices[c].position)) / 6.0;
    }
    std::size_t open = 0, repeated = 0;
    for (const auto& [edge, count] : edges) {
      open += !edges.count({edge.second, edge.first});
      repeated += count > 1;
    }
    EXPECT_EQ(open, 0u) << part.name << " has edges with no neighbour: it is not closed";
    // Surface nets pinch a polygonised surface (a bone, a packed muscle) where two of its sheets pass
    // through one cell: there two pieces of the closed surface share an edge, wound the same way. A
    // handful is harmless to culling; a lofted mesh (the nerves) has none.
    // A coarser level of detail collapses more of them together; it is drawn only where its edges span a
    // few pixels (SceneRenderer's kLodPixels), where such a pinch is smaller than a pixel.
    const bool coarse = lodLevelOf(part.name) > 0;
    EXPECT_LE(repeated, edges.size() / (coarse ? 25 : 100))
        << part.name << ": " << repeated << " of " << edges.size() << " edges wound the same way twice";
    EXPECT_GT(volume, 0.0) << part.name << " is wound inside out";
  }
}

TEST(BuiltInModel, EveryBoneAndMuscleHasACoarserLevelOfDetailThatMovesWithIt) {
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  int withLod = 0, bones = 0;
  for (const MeshPart& part : model.parts) {
    EXPECT_EQ(lodLevelOf(part.name), 0) << part.name << " should be a level of detail, not a structure";
    if (part.lods.empty()) continue;
    withLod += part.name != "skin";
    // The skin and the muscles have one coarser copy; a bone two: a coarser one, and a farthest one drawn
    // when the whole body is in view. Each has far fewer triangles than the one before.
    const bool bone = part.name != "skin" && part.vertices.size() > 0 && part.lods.size() > 1;
    ASSERT_LE(part.lods.size(), 2u) << part.name;
    bones += bone;
    const MeshPart& lod = part.lods[0];
    EXPECT_LT(lod.indices.size(), part.indices.size() / 2) << part.name;   // far fewer triangles
    EXPECT_GT(lod.indices.size(), part.indices.size() / 12) << part.name;  // but not a different shape
    if (part.name == "skin") {  // blended across the joints like the full skin; within the view's budget
      EXPECT_LE(lod.indices.size() / 3, 5000u);
      continue;
    }
    if (bone) {
      const MeshPart& far = part.lods[1];
      EXPECT_LT(far.indices.size(), lod.indices.size() / 3) << part.name;
      EXPECT_GT(far.indices.size(), part.indices.size() / 60) << part.name;
    }
    // Moves as the full mesh does: where they coincide, the same joint and nearly the same weight
    // (a bone's are the same everywhere; a muscle's blend over 3 cm, and the coarse copy's nearest vertex
    // may lie a few millimetres off).
    auto weightOn = [](const Vertex& v, unsigned joint) {
      float w = 0;
      for (int i = 0; i < 2; ++i)
        if (v.joints[i] == joint) w += v.weights[i];
      return w;
    };
    for (const MeshPart& copy : part.lods) {
      const glm::vec3 at = part.vertices[0].position;
      const Vertex* nearest = &copy.vertices[0];
      for (const Vertex& v : copy.vertices)
        if (glm::distance(v.position, at) < glm::distance(nearest->position, at)) nearest = &v;
      const unsigned joint = part.vertices[0].joints[0];
      EXPECT_NEAR(weightOn(*nearest, joint), weightOn(part.vertices[0], joint), 0.25) << copy.name;
    }
  }
  // The 24 bones (2 hip bones, sacrum, coccyx, 2 femurs, L1-L5 and the 5 discs below them; each leg's
  // tibia, fibula, patella and foot) and the 31 muscles of each side (the skin's coarser copy is not
  // counted; nerves and ligaments are thin and have none)
  EXPECT_EQ(withLod, 24 + 2 * 31);
  EXPECT_EQ(bones, 24);
}
