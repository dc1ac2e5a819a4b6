// hipscope-move-nerve IN.glb OUT.glb MM X Y Z: a copy of a model with its right sciatic nerve moved MM
// millimetres away from the right piriformis (negative: toward it) at the contact point X Y Z (metres,
// as --report gives it), fading out over 4 cm so the nerve stays whole. For the test that the
// compression comes from the meshes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

namespace {

std::uint32_t u32(const std::vector<char>& b, std::size_t at) {
  std::uint32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: hipscope-move-nerve IN.glb OUT.glb MM X Y Z\n");
    return 64;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<char> glb((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::uint32_t jsonLength = u32(glb, 12);
  nlohmann::json doc = nlohmann::json::parse(std::string(glb.data() + 20, jsonLength));
  const std::size_t bin = 20 + jsonLength + 8;  // the BIN chunk's data
  // Positions of a node's mesh, as pointers into the buffer.
  auto positions = [&](const std::string& name) {
    std::vector<float*> out;
    for (const auto& node : doc["nodes"])
      if (node.value("name", "") == name) {
        const auto& accessor =
            doc["accessors"]
               [doc["meshes"][node["mesh"].get<int>()]["primitives"][0]["attributes"]["POSITION"].get<int>()];
        const auto& view = doc["bufferViews"][accessor["bufferView"].get<int>()];
        float* first =
            reinterpret_cast<float*>(glb.data() + bin + view.value("byteOffset", 0) + accessor.value("byteOffset", 0));
        for (int i = 0; i < accessor["count"].get<int>(); ++i) out.push_back(first + 3 * i);
      }
    return out;
  };
  const std::vector<float*> nerve = positions("sciatic_nerve_r"), muscle = positions("piriformis_r");
  if (nerve.empty() || muscle.empty()) {
    std::fprintf(stderr, "hipscope-move-nerve: %s has no sciatic_nerve_r and piriformis_r\n", argv[1]);
    return 2;
  }
  auto at = [](const float* p) { return glm::vec3(p[0], p[1], p[2]); };
  const glm::vec3 onNerve(std::strtof(argv[4], nullptr), std::strtof(argv[5], nullptr), std::strtof(argv[6], nullptr));
  glm::vec3 onMuscle(0.0f);
  float best = 1e9f;
  for (const float* m : muscle)
    if (const float d = glm::distance(onNerve, at(m)); d < best) best = d, onMuscle = at(m);
  const glm::vec3 away = glm::normalize(onNerve - onMuscle) * (std::strtof(argv[3], nullptr) / 1000.0f);
  for (float* p : nerve) {
    const glm::vec3 moved = at(p) + away * (1.0f - glm::smoothstep(0.02f, 0.04f, glm::distance(at(p), onNerve)));
    p[0] = moved.x, p[1] = moved.y, p[2] = moved.z;
  }
  std::ofstream(argv[2], std::ios::binary).write(glb.data(), static_cast<std::streamsize>(glb.size()));
  std::printf("moved sciatic_nerve_r by %s mm at (%.3f %.3f %.3f)\n", argv[3], onNerve.x, onNerve.y, onNerve.z);
  return 0;
}
