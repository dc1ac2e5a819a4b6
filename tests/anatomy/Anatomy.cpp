// Shared, load-once state for the anatomy tests: model parts with their AABB trees, joint nodes, reference.
#include "Anatomy.hpp"

#include <cstdlib>
#include <exception>
#include <filesystem>

#include <assimp/scene.h>
#include <gtest/gtest.h>
#include <assimp/Importer.hpp>

#include "scene/ModelLoader.hpp"

namespace hipscope::anatomy {
namespace {

TriangleMesh toTriangleMesh(const MeshPart& part) {
  TriangleMesh mesh;
  mesh.positions.reserve(part.vertices.size());
  for (const auto& v : part.vertices) mesh.positions.emplace_back(v.position);
  for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3)
    mesh.triangles.push_back({part.indices[i], part.indices[i + 1], part.indices[i + 2]});
  return mesh;
}

// World-space origin of every named node (for the mesh-less joint markers such as hip_l), read straight
// from the file: the node's transform accumulated up to the root.
void readJointNodes(const std::string& path, Anatomy& out) {
  Assimp::Importer importer;
  const aiScene* scene = importer.ReadFile(path, 0);
  if (!scene || !scene->mRootNode) return;
  std::vector<const aiNode*> stack{scene->mRootNode};
  while (!stack.empty()) {
    const aiNode* node = stack.back();
    stack.pop_back();
    for (unsigned i = 0; i < node->mNumChildren; ++i) stack.push_back(node->mChildren[i]);
    if (node->mName.length == 0) continue;
    aiMatrix4x4 world = node->mTransformation;
    for (const aiNode* p = node->mParent; p; p = p->mParent) world = p->mTransformation * world;
    out.joints[node->mName.C_Str()] = Vec3(world.a4, world.b4, world.c4);  // row-major: translation
  }
}

Anatomy load() {
  Anatomy a;
  const char* overridePath = std::getenv("HIPSCOPE_ANATOMY_MODEL");
  a.modelPath = overridePath && *overridePath ? overridePath : HIPSCOPE_MODEL_PATH;
  try {
    const Model model = loadModel(a.modelPath);
    for (const auto& part : model.parts) {
      auto& slot = a.parts[part.name];
      if (slot) {
        a.duplicateParts.push_back(part.name);
        continue;
      }
      slot = std::make_unique<MeshQuery>(toTriangleMesh(part));
    }
    readJointNodes(a.modelPath, a);
  } catch (const std::exception& e) {
    a.error = e.what();
  }
  return a;
}

}  // namespace

const std::vector<std::string>& boneNames() {
  static const std::vector<std::string> names{
      "hip_bone_l", "hip_bone_r", "sacrum",     "coccyx",     "l1",         "l2",         "l3",      "l4",
      "l5",         "disc_l1_l2", "disc_l2_l3", "disc_l3_l4", "disc_l4_l5", "disc_l5_s1", "femur_l", "femur_r",
      "tibia_l",    "tibia_r",    "fibula_l",   "fibula_r",   "patella_l",  "patella_r",  "foot_l",  "foot_r"};
  return names;
}

const std::vector<std::string>& vertebraNames() {
  static const std::vector<std::string> names{"l1", "l2", "l3", "l4", "l5"};
  return names;
}

const std::vector<std::string>& sidedMuscleNames() {
  static const std::vector<std::string> names{"gluteus_maximus",
                                              "gluteus_medius",
                                              "gluteus_minimus",
                                              "piriformis",
                                              "gemellus_superior",
                                              "gemellus_inferior",
                                              "obturator_internus",
                                              "obturator_externus",
                                              "quadratus_femoris",
                                              "iliacus",
                                              "psoas_major",
                                              "biceps_femoris_long",
                                              "semitendinosus",
                                              "semimembranosus",
                                              "rectus_femoris",
                                              "vastus_lateralis",
                                              "vastus_medialis",
                                              "vastus_intermedius",
                                              "tensor_fasciae_latae",
                                              "adductor_magnus",
                                              "quadratus_lumborum",
                                              "erector_spinae",
                                              "pectineus",
                                              "adductor_longus",
                                              "adductor_brevis",
                                              "gracilis",
                                              "sartorius",
                                              "biceps_femoris_short",
                                              "multifidus",
                                              "gastrocnemius",
                                              "soleus"};
  return names;
}

const std::vector<std::string>& sidedNerveNames() {
  static const std::vector<std::string> names{"sciatic_nerve", "tibial_nerve", "common_fibular_nerve"};
  return names;
}

const MeshQuery* Anatomy::part(const std::string& name) const {
  const auto it = parts.find(name);
  return it == parts.end() || it->second->empty() ? nullptr : it->second.get();
}

std::optional<Vec3> Anatomy::joint(const std::string& name) const {
  const auto it = joints.find(name);
  if (it == joints.end()) return std::nullopt;
  return it->second;
}

const Anatomy& anatomy() {
  static const Anatomy loaded = load();
  return loaded;
}

std::string referenceDirectory() { return HIPSCOPE_REFERENCE_DIR; }

const Reference* reference() {
  static const std::optional<Reference> loaded = []() -> std::optional<Reference> {
    if (!std::filesystem::is_directory(referenceDirectory())) return std::nullopt;
    return loadReference(referenceDirectory());  // a present but broken reference throws: a failure
  }();
  return loaded ? &*loaded : nullptr;
}

const MeshQuery* requirePart(const std::string& name) {
  const MeshQuery* p = anatomy().part(name);
  if (!p) ADD_FAILURE() << "the model has no part named '" << name << "' (or it has no triangles)";
  return p;
}

}  // namespace hipscope::anatomy
