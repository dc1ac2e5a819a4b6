// Minimal glTF 2.0 writer: positions, normals, TEXCOORD_0, uint32 indices, a PBR colour per mesh.
#include "generator/GlbWriter.hpp"

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hipscope::gen {
namespace {

using json = nlohmann::ordered_json;

void pad(std::vector<std::uint8_t>& bytes, std::uint8_t with) {
  while (bytes.size() % 4) bytes.push_back(with);
}

template <class T>
std::size_t append(std::vector<std::uint8_t>& bin, const std::vector<T>& data) {
  pad(bin, 0);
  const std::size_t offset = bin.size();
  const auto* p = reinterpret_cast<const std::uint8_t*>(data.data());
  bin.insert(bin.end(), p, p + data.size() * sizeof(T));
  return offset;
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

void writeGlb(const std::vector<GenMesh>& meshes, const std::filesystem::path& path, const std::vector<Joint>& joints) {
  json doc;
  doc["asset"] = {{"version", "2.0"}, {"generator", "hipscope-generate"}};
  doc["scene"] = 0;
  json nodes = json::array(), gltfMeshes = json::array(), materials = json::array();
  json accessors = json::array(), views = json::array();
  std::vector<std::uint8_t> bin;

  auto addView = [&](std::size_t offset, std::size_t length, int target) {
    views.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", length}, {"target", target}});
    return views.size() - 1;
  };
  auto addAccessor = [&](std::size_t view, std::size_t count, int componentType, const char* type) {
    accessors.push_back({{"bufferView", view}, {"componentType", componentType}, {"count", count}, {"type", type}});
    return accessors.size() - 1;
  };

  for (std::size_t i = 0; i < meshes.size(); ++i) {
    const GenMesh& m = meshes[i];
    for (const auto& p : m.positions)
      if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
        throw std::runtime_error(m.name + ": a vertex is not a finite number (a shape formula broke down)");
    const std::size_t pos = addAccessor(addView(append(bin, m.positions), m.positions.size() * 12, 34962),
                                        m.positions.size(), 5126, "VEC3");
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const auto& p : m.positions) lo = glm::min(lo, p), hi = glm::max(hi, p);
    accessors[pos]["min"] = {lo.x, lo.y, lo.z};
    accessors[pos]["max"] = {hi.x, hi.y, hi.z};
    const std::size_t nrm =
        addAccessor(addView(append(bin, m.normals), m.normals.size() * 12, 34962), m.normals.size(), 5126, "VEC3");
    const std::size_t uv =
        addAccessor(addView(append(bin, m.uvs), m.uvs.size() * 8, 34962), m.uvs.size(), 5126, "VEC2");
    const std::size_t idx =
        addAccessor(addView(append(bin, m.indices), m.indices.size() * 4, 34963), m.indices.size(), 5125, "SCALAR");
    materials.push_back({{"name", m.name + "_material"},
                         {"pbrMetallicRoughness",
                          {{"baseColorFactor", {m.color.r, m.color.g, m.color.b, m.color.a}},
                           {"metallicFactor", 0.0},
                           {"roughnessFactor", 0.7}}}});
    json primitive;
    primitive["attributes"] = {{"POSITION", pos}, {"NORMAL", nrm}, {"TEXCOORD_0", uv}};
    const bool skinned =
        !joints.empty() && m.joints.size() == m.positions.size() && m.weights.size() == m.positions.size();
    if (skinned) {
      primitive["attributes"]["JOINTS_0"] =
          addAccessor(addView(append(bin, m.joints), m.joints.size() * 8, 34962), m.joints.size(), 5123, "VEC4");
      primitive["attributes"]["WEIGHTS_0"] =
          addAccessor(addView(append(bin, m.weights), m.weights.size() * 16, 34962), m.weights.size(), 5126, "VEC4");
    }
    primitive["indices"] = idx;
    primitive["material"] = i;
    json mesh;
    mesh["name"] = m.name;
    mesh["primitives"] = json::array({primitive});
    gltfMeshes.push_back(mesh);
    nodes.push_back({{"name", m.name}, {"mesh", i}});
    if (skinned) nodes.back()["skin"] = 0;
  }
  json roots = json::array();
  for (std::size_t i = 0; i < nodes.size(); ++i) roots.push_back(i);
  if (!joints.empty()) {
    // Joint nodes follow the mesh nodes; translations are relative to the parent joint.
    const std::size_t first = nodes.size();
    std::vector<float> inverseBind;
    json jointIndices = json::array();
    for (std::size_t j = 0; j < joints.size(); ++j) {
      const Joint& joint = joints[j];
      const glm::vec3 local = joint.parent < 0 ? joint.position : joint.position - joints[joint.parent].position;
      nodes.push_back({{"name", joint.name}, {"translation", {local.x, local.y, local.z}}});
      jointIndices.push_back(first + j);
      if (joint.parent < 0) roots.push_back(first + j);
      const float m[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -joint.position.x, -joint.position.y, -joint.position.z,
                           1};
      inverseBind.insert(inverseBind.end(), m, m + 16);
    }
    for (std::size_t j = 0; j < joints.size(); ++j) {
      json children = json::array();
      for (std::size_t c = 0; c < joints.size(); ++c)
        if (joints[c].parent == static_cast<int>(j)) children.push_back(first + c);
      if (!children.empty()) nodes[first + j]["children"] = children;
    }
    const std::size_t ibm =
        addAccessor(addView(append(bin, inverseBind), inverseBind.size() * 4, 0), joints.size(), 5126, "MAT4");
    views[accessors[ibm]["bufferView"].get<std::size_t>()].erase("target");
    doc["skins"] = {
        {{"name", "skeleton"}, {"joints", jointIndices}, {"inverseBindMatrices", ibm}, {"skeleton", first}}};
  }
  doc["scenes"] = {{{"name", "hipscope"}, {"nodes", roots}}};
  doc["nodes"] = nodes;
  doc["meshes"] = gltfMeshes;
  doc["materials"] = materials;
  doc["accessors"] = accessors;
  doc["bufferViews"] = views;
  pad(bin, 0);
  doc["buffers"] = {{{"byteLength", bin.size()}}};

  const std::string text = doc.dump();
  std::vector<std::uint8_t> jsonChunk(text.begin(), text.end());
  pad(jsonChunk, ' ');
  std::vector<std::uint8_t> out;
  put32(out, 0x46546C67);  // "glTF"
  put32(out, 2);
  put32(out, static_cast<std::uint32_t>(12 + 8 + jsonChunk.size() + 8 + bin.size()));
  put32(out, static_cast<std::uint32_t>(jsonChunk.size()));
  put32(out, 0x4E4F534A);  // "JSON"
  out.insert(out.end(), jsonChunk.begin(), jsonChunk.end());
  put32(out, static_cast<std::uint32_t>(bin.size()));
  put32(out, 0x004E4942);  // "BIN\0"
  out.insert(out.end(), bin.begin(), bin.end());

  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(reinterpret_cast<const char*>(out.data()), static_cast<std::streamsize>(out.size()));
    if (!f.flush()) throw std::runtime_error("could not write " + tmp.string());
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace hipscope::gen
