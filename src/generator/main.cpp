// hipscope-generate: authors the built-in anatomy model (bones, muscles, nerves, skeleton) as glTF 2.0.
#include <cstdio>
#include <exception>
#include <future>

#include "generator/GlbWriter.hpp"
#include "generator/Muscles.hpp"
#include "generator/Skinning.hpp"
#include "generator/SurfaceNets.hpp"

namespace {

const hipscope::gen::GenMesh& named(const std::vector<hipscope::gen::GenMesh>& meshes, const std::string& name) {
  for (const auto& m : meshes)
    if (m.name == name) return m;
  throw std::runtime_error("generator: no mesh named " + name);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace hipscope::gen;
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: hipscope-generate OUTPUT.glb [MECHANICS.json]\n");
    return 2;
  }
  try {
    const std::vector<BoneShape> shapes = skeletonShapes();
    // Bones are independent: polygonise them in parallel (the result does not depend on timing).
    std::vector<std::future<GenMesh>> jobs;
    for (const BoneShape& b : shapes)
      jobs.push_back(std::async(std::launch::async, [&b] {
        GenMesh m = polygonize(b.name, b.field, b.lo, b.hi, b.cell);
        m.color = b.color;
        return m;
      }));
    std::vector<GenMesh> meshes;
    for (auto& job : jobs) meshes.push_back(job.get());

    const BoneDistance bones(shapes);
    std::vector<GenMesh> muscles = buildMuscles(bones);
    std::vector<GenMesh> nerves = buildNerves(bones, named(muscles, "piriformis_l"), named(muscles, "piriformis_r"));
    meshes.insert(meshes.end(), muscles.begin(), muscles.end());
    meshes.insert(meshes.end(), nerves.begin(), nerves.end());
    bindToSkeleton(meshes, shapes);

    std::size_t triangles = 0;
    for (const auto& m : meshes) triangles += m.indices.size() / 3;
    writeGlb(meshes, argv[1], skeletonJoints());
    if (argc == 3) writeMechanics(meshes, shapes, skeletonJoints(), argv[2]);
    std::printf("hipscope-generate: %zu structures, %zu triangles -> %s\n", meshes.size(), triangles, argv[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope-generate: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
