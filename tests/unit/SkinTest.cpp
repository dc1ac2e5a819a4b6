// The built-in model's skin: joints at the hip centres and lumbar discs; bones bound rigidly; a
// muscle that spans the hip weighted to the pelvis at its origin and to the femur at its insertion.
#include <gtest/gtest.h>

#include <map>

#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Importer.hpp>

namespace {

const aiScene* scene(Assimp::Importer& importer) {
  return importer.ReadFile(HIPSCOPE_ASSET_DIR "/hipscope.glb", aiProcess_Triangulate);
}

const aiMesh* meshNamed(const aiScene& s, const char* name) {
  for (unsigned i = 0; i < s.mNumMeshes; ++i)
    if (std::string(s.mMeshes[i]->mName.C_Str()) == name) return s.mMeshes[i];
  return nullptr;
}

// Per vertex: joint name -> weight (Assimp lists every joint of the skin; zero weights are dropped).
std::vector<std::map<std::string, float>> weights(const aiMesh& m) {
  std::vector<std::map<std::string, float>> w(m.mNumVertices);
  for (unsigned b = 0; b < m.mNumBones; ++b)
    for (unsigned k = 0; k < m.mBones[b]->mNumWeights; ++k)
      if (m.mBones[b]->mWeights[k].mWeight > 1e-6f)
        w[m.mBones[b]->mWeights[k].mVertexId][m.mBones[b]->mName.C_Str()] += m.mBones[b]->mWeights[k].mWeight;
  return w;
}

}  // namespace

TEST(Skin, JointNodesSitAtTheHipCentres) {
  Assimp::Importer importer;
  const aiScene* s = scene(importer);
  ASSERT_NE(s, nullptr) << importer.GetErrorString();
  for (const char* name : {"pelvis", "lumbar_l1", "lumbar_l5", "hip_l", "hip_r"})
    EXPECT_NE(s->mRootNode->FindNode(name), nullptr) << name;
  aiMatrix4x4 world;
  for (const aiNode* n = s->mRootNode->FindNode("hip_r"); n; n = n->mParent) world = n->mTransformation * world;
  EXPECT_NEAR(world.a4, -0.084f, 1e-4f);  // subject's right is -X
  EXPECT_NEAR(world.b4, -0.068f, 1e-4f);
}

TEST(Skin, BonesAreRigidAndTheFemurFollowsItsHip) {
  Assimp::Importer importer;
  const aiScene* s = scene(importer);
  ASSERT_NE(s, nullptr);
  const aiMesh* femur = meshNamed(*s, "femur_r");
  ASSERT_NE(femur, nullptr);
  for (const auto& w : weights(*femur)) {
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w.begin()->first, "hip_r");
    EXPECT_NEAR(w.begin()->second, 1.0f, 1e-5f);
  }
}

TEST(Skin, PiriformisIsWeightedToPelvisAtItsOriginAndFemurAtItsInsertion) {
  Assimp::Importer importer;
  const aiScene* s = scene(importer);
  ASSERT_NE(s, nullptr);
  const aiMesh* m = meshNamed(*s, "piriformis_r");
  ASSERT_NE(m, nullptr);
  const auto w = weights(*m);
  float pelvisAtOrigin = 0, femurAtInsertion = 0;
  int origin = 0, insertion = 0;
  bool blended = false;
  for (unsigned v = 0; v < m->mNumVertices; ++v) {
    float sum = 0;
    for (const auto& [joint, weight] : w[v]) sum += weight;
    EXPECT_NEAR(sum, 1.0f, 1e-4f);
    const float lateral = -m->mVertices[v].x;  // right side: lateral is -X
    const auto get = [&](const char* j) {
      auto it = w[v].find(j);
      return it == w[v].end() ? 0.0f : it->second;
    };
    if (lateral < 0.035f) pelvisAtOrigin += get("pelvis"), ++origin;      // at the sacrum
    if (lateral > 0.118f) femurAtInsertion += get("hip_r"), ++insertion;  // at the greater trochanter
    blended |= get("pelvis") > 0.2f && get("hip_r") > 0.2f;
  }
  ASSERT_GT(origin, 0);
  ASSERT_GT(insertion, 0);
  EXPECT_GT(pelvisAtOrigin / origin, 0.8f);
  EXPECT_GT(femurAtInsertion / insertion, 0.8f);
  EXPECT_TRUE(blended) << "somewhere along the muscle both joints should share the vertices";
}
