// Assimp import: keeps node names, bakes node transforms, generates missing normals.
#include "scene/ModelLoader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <unordered_map>

#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Importer.hpp>
#include <assimp/ProgressHandler.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include "base/Error.hpp"
#include "scene/ConfinedIO.hpp"
#include "scene/MaterialTextures.hpp"
#include "scene/ModelFileChecks.hpp"

namespace hipscope {
namespace {

namespace fs = std::filesystem;

glm::mat4 toGlm(const aiMatrix4x4& m) {
  // Assimp is row-major, glm column-major.
  return glm::mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

std::string oneLine(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

glm::vec4 materialColor(const aiScene& scene, unsigned materialIndex) {
  if (materialIndex >= scene.mNumMaterials) return {0.8f, 0.8f, 0.8f, 1.0f};
  const aiMaterial& m = *scene.mMaterials[materialIndex];
  aiColor4D c;
  if (m.Get(AI_MATKEY_BASE_COLOR, c) == AI_SUCCESS || m.Get(AI_MATKEY_COLOR_DIFFUSE, c) == AI_SUCCESS)
    return {c.r, c.g, c.b, c.a};
  return {0.8f, 0.8f, 0.8f, 1.0f};
}

// Index of joint `name` in the model's joint list (added on first use); -1 past the 255 the vertex
// format can address.
int jointIndex(Model& model, const std::string& name) {
  for (std::size_t i = 0; i < model.jointNames.size(); ++i)
    if (model.jointNames[i] == name) return static_cast<int>(i);
  if (model.jointNames.size() >= 255) return -1;
  model.jointNames.push_back(name);
  return static_cast<int>(model.jointNames.size() - 1);
}

// Keeps the two strongest influences of each vertex, normalised. `remap`: the part's vertex for each
// of the mesh's (corners joined into one vertex hear of the same bone more than once).
void readSkin(const aiMesh& mesh, Model& model, MeshPart& part, std::size_t base,
              const std::vector<std::uint32_t>& remap) {
  for (unsigned b = 0; b < mesh.mNumBones; ++b) {
    const aiBone& bone = *mesh.mBones[b];
    const int joint = jointIndex(model, bone.mName.C_Str());
    if (joint < 0) continue;
    for (unsigned k = 0; k < bone.mNumWeights; ++k) {
      const aiVertexWeight& w = bone.mWeights[k];
      if (w.mVertexId >= mesh.mNumVertices || w.mWeight <= 0.0f) continue;
      Vertex& v = part.vertices[remap[w.mVertexId]];
      if ((v.joints[0] == joint && v.weights[0] > 0) || (v.joints[1] == joint && v.weights[1] > 0)) continue;
      const int slot = v.weights[0] < v.weights[1] ? 0 : 1;
      if (w.mWeight > v.weights[slot]) {
        v.weights[slot] = w.mWeight;
        v.joints[slot] = static_cast<std::uint8_t>(joint);
      }
    }
  }
  for (std::size_t i = base; i < part.vertices.size(); ++i) {
    Vertex& v = part.vertices[i];
    const float sum = v.weights[0] + v.weights[1];
    if (sum > 0) v.weights[0] /= sum, v.weights[1] /= sum;
  }
}

// How far the whole import is: Assimp's reading and processing are the first half, our own pass over
// the meshes (joining vertices, smoothing normals) the second, by vertices done. Passed on in steps of
// at least 1 %, rising.
class ImportSteps {
 public:
  explicit ImportSteps(const ImportProgress& to) : to_(to) {}
  void assimp(float fraction) { tell(0.5f * std::min(fraction, 1.0f)); }
  void meshesStart(std::size_t totalVertices) { total_ = std::max<std::size_t>(totalVertices, 1); }
  void meshDone(std::size_t vertices) {
    done_ += vertices;
    tell(0.5f + 0.5f * std::min(1.0f, static_cast<float>(done_) / static_cast<float>(total_)));
  }

 private:
  void tell(float fraction) {
    if (to_ && fraction >= last_ + 0.01f) to_(last_ = fraction);
  }
  const ImportProgress& to_;
  float last_ = -1.0f;
  std::size_t done_ = 0, total_ = 1;
};

// A vertex as bits: position, normal and uv, -0 read as 0 so the two are one.
struct CornerKey {
  std::array<std::uint32_t, 8> bits;
  bool operator==(const CornerKey&) const = default;
};
struct CornerHash {
  std::size_t operator()(const CornerKey& k) const {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the words
    for (std::uint32_t w : k.bits) h = (h ^ w) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};
std::uint32_t bitsOf(float f) {
  f += 0.0f;  // -0 -> +0
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

// Appends the mesh's triangles; returns the part's vertex for each of the mesh's. Importers such as
// OBJ's give every face corner its own vertex: corners equal in position, normal and uv become one
// here (by their exact bits, in one hashing pass; Assimp's JoinIdenticalVertices compared within an
// epsilon after a spatial sort, several times slower on large files). A mesh without normals gets
// smooth ones: the area-weighted normals of the faces around each position, across uv seams.
std::vector<std::uint32_t> appendMesh(const aiMesh& mesh, const glm::mat4& transform, MeshPart& part,
                                      ImportSteps& steps) {
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
  const unsigned n = mesh.mNumVertices;
  auto positionKey = [&](unsigned i) {
    const aiVector3D& p = mesh.mVertices[i];
    return CornerKey{{bitsOf(p.x), bitsOf(p.y), bitsOf(p.z), 0, 0, 0, 0, 0}};
  };
  std::vector<glm::vec3> normals(n, glm::vec3(0.0f));  // in the mesh's own space
  if (mesh.mNormals) {
    for (unsigned i = 0; i < n; ++i) normals[i] = {mesh.mNormals[i].x, mesh.mNormals[i].y, mesh.mNormals[i].z};
  } else {
    std::unordered_map<CornerKey, std::uint32_t, CornerHash> firstAt;
    firstAt.reserve(n);
    std::vector<std::uint32_t> at(n);
    for (unsigned i = 0; i < n; ++i) at[i] = firstAt.try_emplace(positionKey(i), i).first->second;
    for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
      const aiFace& face = mesh.mFaces[f];
      if (face.mNumIndices != 3 || face.mIndices[0] >= n || face.mIndices[1] >= n || face.mIndices[2] >= n) continue;
      const aiVector3D &a = mesh.mVertices[face.mIndices[0]], &b = mesh.mVertices[face.mIndices[1]],
                       &c = mesh.mVertices[face.mIndices[2]];
      const glm::vec3 area =
          glm::cross(glm::vec3(b.x - a.x, b.y - a.y, b.z - a.z), glm::vec3(c.x - a.x, c.y - a.y, c.z - a.z));
      for (unsigned k = 0; k < 3; ++k) normals[at[face.mIndices[k]]] += area;
    }
    for (unsigned i = 0; i < n; ++i) normals[i] = normals[at[i]];
  }
  std::unordered_map<CornerKey, std::uint32_t, CornerHash> joined;
  joined.reserve(n);
  std::vector<std::uint32_t> remap(n);
  part.vertices.reserve(part.vertices.size() + n);
  for (unsigned i = 0; i < n; ++i) {
    CornerKey key = positionKey(i);
    key.bits[3] = bitsOf(normals[i].x), key.bits[4] = bitsOf(normals[i].y), key.bits[5] = bitsOf(normals[i].z);
    if (mesh.mTextureCoords[0])
      key.bits[6] = bitsOf(mesh.mTextureCoords[0][i].x), key.bits[7] = bitsOf(mesh.mTextureCoords[0][i].y);
    if ((i & 0xffff) == 0xffff) steps.meshDone(0x10000);  // a large mesh moves the bar as it goes
    const auto [it, added] = joined.try_emplace(key, static_cast<std::uint32_t>(part.vertices.size()));
    remap[i] = it->second;
    if (!added) continue;
    const aiVector3D& p = mesh.mVertices[i];
    Vertex v{};
    v.position = glm::vec3(transform * glm::vec4(p.x, p.y, p.z, 1.0f));
    const glm::vec3 world = normalMatrix * normals[i];
    const float len = glm::length(world);
    v.normal = len > 0 && std::isfinite(len) ? world / len : glm::vec3(0, 1, 0);
    if (mesh.mTextureCoords[0]) v.uv = {mesh.mTextureCoords[0][i].x, mesh.mTextureCoords[0][i].y};
    part.vertices.push_back(v);
  }
  for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
    const aiFace& face = mesh.mFaces[f];
    if (face.mNumIndices != 3 || face.mIndices[0] >= n || face.mIndices[1] >= n || face.mIndices[2] >= n) continue;
    for (unsigned k = 0; k < 3; ++k) part.indices.push_back(remap[face.mIndices[k]]);
  }
  steps.meshDone(n & 0xffff);
  return remap;
}

void collect(const aiScene& scene, const aiNode& node, const glm::mat4& parent, Model& model, TextureReader& textures,
             ImportSteps& steps) {
  const glm::mat4 transform = parent * toGlm(node.mTransformation);
  if (node.mNumMeshes > 0) {
    MeshPart part;
    part.name = node.mName.length ? node.mName.C_Str() : "";
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
      const unsigned index = node.mMeshes[i];
      if (index >= scene.mNumMeshes) continue;
      const aiMesh& mesh = *scene.mMeshes[index];
      if (!(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue;
      if (part.name.empty() && mesh.mName.length) part.name = mesh.mName.C_Str();
      if (part.indices.empty()) {
        part.color = materialColor(scene, mesh.mMaterialIndex);
        if (mesh.mTextureCoords[0]) part.texture = textures.textureOf(mesh.mMaterialIndex);
      }
      const std::size_t base = part.vertices.size();
      const std::vector<std::uint32_t> remap = appendMesh(mesh, transform, part, steps);
      readSkin(mesh, model, part, base, remap);
    }
    if (part.name.empty()) part.name = "mesh_" + std::to_string(model.parts.size());
    if (!part.indices.empty()) model.parts.push_back(std::move(part));
  }
  for (unsigned i = 0; i < node.mNumChildren; ++i)
    collect(scene, *node.mChildren[i], transform, model, textures, steps);
}

// Moves each "NAME.lodN" part into NAME's lods (finest first) and each "NAME.through" into its
// variants; one without its NAME stays a structure of its own.
void attachAlternates(Model& model) {
  auto baseOf = [](const std::string& name) -> std::string {
    if (lodLevelOf(name) > 0) return name.substr(0, name.rfind(".lod"));
    const std::string through = kThroughSuffix;
    if (name.size() > through.size() && name.compare(name.size() - through.size(), through.size(), through) == 0)
      return name.substr(0, name.size() - through.size());
    return {};
  };
  std::vector<MeshPart> structures, alternates;
  for (MeshPart& part : model.parts) (baseOf(part.name).empty() ? structures : alternates).push_back(std::move(part));
  std::stable_sort(alternates.begin(), alternates.end(),
                   [](const MeshPart& a, const MeshPart& b) { return lodLevelOf(a.name) < lodLevelOf(b.name); });
  for (MeshPart& alternate : alternates) {
    const std::string base = baseOf(alternate.name);
    auto it = std::find_if(structures.begin(), structures.end(), [&](const MeshPart& p) { return p.name == base; });
    if (it == structures.end())
      structures.push_back(std::move(alternate));
    else if (lodLevelOf(alternate.name) > 0)
      it->lods.push_back(std::move(alternate));
    else
      it->variants.push_back(std::move(alternate));
  }
  model.parts = std::move(structures);
}

// The transform that brings the file's own units and up axis to metres, +Y up.
glm::mat4 toMetresYUp(const aiScene& scene, const ModelFrame& frame) {
  double metresPerUnit = 1.0;
  bool zUp = false;
  // What the file says (FBX: UnitScaleFactor is centimetres per unit; UpAxis 2 is Z).
  if (scene.mMetaData) {
    // Assimp's FBX importer keeps it as a float; other writers of the same key use a double.
    float unitScaleF = 0.0f;
    double unitScale = 0.0;
    if (scene.mMetaData->Get("UnitScaleFactor", unitScaleF))
      unitScale = unitScaleF;
    else
      scene.mMetaData->Get("UnitScaleFactor", unitScale);
    if (std::isfinite(unitScale) && unitScale > 0.0) metresPerUnit = unitScale * 0.01;
    int upAxis = 1;
    if (scene.mMetaData->Get("UpAxis", upAxis)) zUp = upAxis == 2;
  }
  switch (frame.units) {  // the option wins over the file
    case ModelUnits::Auto: break;
    case ModelUnits::Metres: metresPerUnit = 1.0; break;
    case ModelUnits::Centimetres: metresPerUnit = 0.01; break;
    case ModelUnits::Millimetres: metresPerUnit = 0.001; break;
    case ModelUnits::Inches: metresPerUnit = 0.0254; break;
  }
  if (frame.up != ModelUp::Auto) zUp = frame.up == ModelUp::Z;
  glm::mat4 m = glm::scale(glm::mat4(1.0f), glm::vec3(static_cast<float>(metresPerUnit)));
  if (zUp) m = glm::mat4(1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 1) * m;  // (x, y, z) -> (x, z, -y)
  return m;
}

// Assimp's own progress (0..0.5 reading, 0.5..1 its processing steps), into ImportSteps.
class ProgressRelay : public Assimp::ProgressHandler {
 public:
  explicit ProgressRelay(ImportSteps& steps) : steps_(steps) {}
  bool Update(float fraction) override {
    if (fraction >= 0.0f) steps_.assimp(fraction);  // -1: "something happened", no figure
    return true;
  }

 private:
  ImportSteps& steps_;
};

}  // namespace

Model loadModel(const fs::path& path, const ModelFrame& frame, const ImportProgress& progress) {
  checkReadable(path);
  checkGlbHeader(path);
  checkAsciiPly(path);
  Assimp::Importer importer;
  // Points and lines are dropped; no graph optimisation, so node names survive.
  importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
  // Joining equal vertices and smoothing missing normals are done in appendMesh, faster.
  const unsigned flags = aiProcess_Triangulate | aiProcess_SortByPType | aiProcess_ValidateDataStructure;
  // The importer reads only the model and what sits in its folder (the folder of the file itself,
  // where the model is a link).
  std::error_code ec;
  const fs::path folder = fs::canonical(path, ec).parent_path();
  auto* io = new ConfinedIOSystem(folder);
  importer.SetIOHandler(io);  // the importer owns it
  ImportSteps steps(progress);
  if (progress) importer.SetProgressHandler(new ProgressRelay(steps));  // and this
  const aiScene* scene = importer.ReadFile(path.string(), flags);
  if (!io->refused().empty() && (!scene || !scene->mRootNode || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE)))
    throw UserError("could not load " + path.string() + ": it refers to " + io->refused().front() +
                    ", outside the model's folder, which Hipscope does not read");
  if (!scene || !scene->mRootNode || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE)) {
    std::string why = oneLine(importer.GetErrorString());
    throw UserError("could not load " + path.string() + ": not a model file Hipscope can read" +
                    (why.empty() ? "" : " (" + why + ")"));
  }
  Model model;
  model.source = path.string();
  TextureReader textures(*scene, *io, folder, model);
  std::size_t vertices = 0;
  for (unsigned i = 0; i < scene->mNumMeshes; ++i) vertices += scene->mMeshes[i]->mNumVertices;
  steps.meshesStart(vertices);
  collect(*scene, *scene->mRootNode, toMetresYUp(*scene, frame), model, textures, steps);
  attachAlternates(model);
  if (model.parts.empty()) throw UserError("could not load " + path.string() + ": the file holds no triangle meshes");
  for (const auto& part : model.parts)
    for (const auto& v : part.vertices) model.bounds.add(v.position);
  return model;
}

}  // namespace hipscope
