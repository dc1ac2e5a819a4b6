// hipscope-generate: authors the built-in anatomy model (bones, muscles, nerves, skeleton) as glTF 2.0.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <future>

#include "generator/BodyOutline.hpp"
#include "generator/GlbWriter.hpp"
#include "generator/Leg.hpp"
#include "generator/LegNerves.hpp"
#include "generator/Ligaments.hpp"
#include "generator/MusclePacking.hpp"
#include "generator/MuscleSeparation.hpp"
#include "generator/Muscles.hpp"
#include "generator/Nerves.hpp"
#include "generator/Simplify.hpp"
#include "generator/Skin.hpp"
#include "generator/Skinning.hpp"
#include "generator/SurfaceNets.hpp"
#include "generator/ThighFascia.hpp"

namespace {

// The skin's cells: about 15k triangles, and about 4k in its coarser copy.
constexpr float kSkinCell = 0.015f, kSkinCoarseCell = 0.027f;
// The skin lies far from the bones, over the hip 8-12 cm: its bands are wider than the muscles', so
// that the buttock and the groin follow the thigh over a hand's breadth rather than at a seam.
constexpr hipscope::gen::BlendBands kSkinBands{0.16f, 0.05f, 0.04f, 0.05f};
// The bones' level of detail: polygonised on a grid this much coarser (about 40 % of the triangles).
constexpr float kCoarseCell = 1.6f;
constexpr float kSubcutaneousFat = 0.004f;     // metres: the least under the skin anywhere
constexpr float kCoarseMuscleError = 0.0010f;  // metres
constexpr const char* kLodSuffix = ".lod1";    // scene/Model.hpp: kLodSuffix
// The bones' farthest level of detail, ".lod2", for the whole body in view (about 1.5 mm a pixel at
// 1280x720): the coarser copy simplified with its surface allowed to move by 1 mm (a tenth of its
// triangles; the bones are smooth and their grid is fine). Its normals stay the polygonised ones, so it
// shades as smoothly. (Muscles have none: simplified further, their shading creases at the outline.)
constexpr float kFarBoneError = 0.0010f;
constexpr const char* kFarSuffix = ".lod2";

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
    // Authored with the leg straight below the hip; drawn with the thighs converging to the knees.
    const std::vector<BoneShape> authored = skeletonShapes();
    const std::vector<BoneShape> shapes = convergedShapes(authored);
    // Bones are independent: polygonise them in parallel (the result does not depend on timing).
    // Each also gets a coarser copy, "NAME.lod1", for when it is small on screen (the renderer's
    // level of detail; the loader attaches it to NAME).
    auto polygonizeAll = [&shapes](float coarser) {
      std::vector<std::future<GenMesh>> jobs;
      for (const BoneShape& b : shapes)
        jobs.push_back(std::async(std::launch::async, [&b, coarser] {
          GenMesh m = polygonize(b.name, b.field, b.lo, b.hi, b.cell * coarser);
          m.color = b.color;
          return m;
        }));
      std::vector<GenMesh> out;
      for (auto& job : jobs) out.push_back(job.get());
      return out;
    };
    std::vector<GenMesh> meshes = polygonizeAll(1.0f);
    std::vector<GenMesh> coarse = polygonizeAll(kCoarseCell);
    bindToSkeleton(coarse, shapes);
    for (GenMesh& m : coarse) m.name += kLodSuffix;

    const BoneDistance bones(authored);
    std::vector<GenMesh> muscles = buildMuscles(bones);
    std::vector<GenMesh> nerves = buildNerves(bones, named(muscles, "piriformis_l"), named(muscles, "piriformis_r"));
    for (GenMesh& m : buildLegNerves(bones)) nerves.push_back(std::move(m));
    std::vector<GenMesh> ligaments = buildLigaments(bones);
    for (GenMesh& m : muscles) convergeMesh(m);
    for (GenMesh& m : nerves) convergeMesh(m);
    for (GenMesh& m : ligaments) convergeMesh(m);
    // Muscles grown to their size in life, packed between the bones and the nerves.
    {
      std::vector<const GenMesh*> bonesMeshes, nerveMeshes;
      for (const GenMesh& m : meshes) bonesMeshes.push_back(&m);
      for (const GenMesh& m : nerves) nerveMeshes.push_back(&m);
      for (const GenMesh& m : ligaments) nerveMeshes.push_back(&m);
      // Inside the skin, less the fat under it, and in the thigh inside its fascia, which they fill.
      const Field outline = convergedField(bodyOutline());
      const Field underSkin = [&outline](const glm::vec3& p) {
        return std::max(outline(p) + kSubcutaneousFat, thighFascia(p));
      };
      const Field fill = [](const glm::vec3& p) { return thighFill(p); };
      double seed = 0, packed = 0, target = 0;
      for (const PackedMuscle& p :
           packMuscles(muscles, bonesMeshes, nerveMeshes, underSkin, fill, BoneDistance(shapes))) {
        seed += p.seedCm3, packed += p.packedCm3, target += p.targetCm3;
        if (std::getenv("HIPSCOPE_GENERATE_VERBOSE"))
          std::printf("  %-24s seed %6.1f  packed %6.1f  in life %6.1f cm3\n", p.name.c_str(), p.seedCm3, p.packedCm3,
                      p.targetCm3);
      }
      // What still reaches into another goes back; the nerves and the piriformis (as authored, see
      // MusclePacking.cpp) stay where they are.
      std::vector<GenMesh*> all;
      std::vector<const GenMesh*> fixed = nerveMeshes;
      for (GenMesh& m : muscles) {
        if (m.name.rfind("piriformis", 0) == 0)
          fixed.push_back(&m);
        else
          all.push_back(&m);
      }
      const float deepest = separate(all, fixed, 0.0003f);
      std::printf(
          "hipscope-generate: muscles packed from %.0f to %.0f cm3 (in life %.0f); the deepest a muscle still "
          "reached into another, %.1f mm, taken back\n",
          seed, packed, target, deepest * 1e3);
    }
    // The muscles' level of detail: the surface allowed to move by 1 mm (a fifth to a tenth of the
    // triangles), drawn when the muscle is small on screen.
    std::vector<GenMesh> coarseMuscles;
    for (const GenMesh& m : muscles) {
      coarseMuscles.push_back(simplified(m, kCoarseMuscleError));
      coarseMuscles.back().lineOfAction.clear();
    }
    bindToSkeleton(coarseMuscles, shapes);
    // The bones' farthest copies: each coarser copy simplified, its weights carried along.
    std::vector<GenMesh> far;
    for (std::size_t b = 0; b < shapes.size(); ++b) {
      far.push_back(simplified(coarse[b], kFarBoneError));
      far.back().name = shapes[b].name + kFarSuffix;
    }
    for (GenMesh& m : coarseMuscles) coarse.push_back(std::move(m)), coarse.back().name += kLodSuffix;
    for (GenMesh& m : far) coarse.push_back(std::move(m));
    meshes.insert(meshes.end(), muscles.begin(), muscles.end());
    meshes.insert(meshes.end(), nerves.begin(), nerves.end());
    meshes.insert(meshes.end(), ligaments.begin(), ligaments.end());
    bindToSkeleton(meshes, shapes);
    const OutlineMargin margin = nearestToSkin(meshes);
    // The skin spans every joint: its weights blend between the bones under it like a muscle's, over
    // a wider band (it lies far from the bones: the buttock and the groin follow the hip half-way).
    std::vector<GenMesh> skin{buildSkin("skin", kSkinCell),
                              buildSkin(std::string("skin") + kLodSuffix, kSkinCoarseCell)};
    bindToSkeleton(skin, shapes, kSkinBands);
    meshes.push_back(std::move(skin[0]));
    std::vector<GenMesh> coarseSkin{std::move(skin[1])};

    std::size_t triangles = 0, coarseTriangles = 0;
    for (const auto& m : meshes) triangles += m.indices.size() / 3;
    for (const auto& m : coarse) coarseTriangles += m.indices.size() / 3;
    if (argc == 3) writeMechanics(meshes, shapes, skeletonJoints(), argv[2]);
    const std::size_t structures = meshes.size();
    meshes.insert(meshes.end(), coarse.begin(), coarse.end());
    coarseTriangles += coarseSkin.front().indices.size() / 3;
    meshes.insert(meshes.end(), coarseSkin.begin(), coarseSkin.end());
    writeGlb(meshes, argv[1], skeletonJoints());
    std::printf("hipscope-generate: %zu structures, %zu triangles (+%zu in coarser copies; skin %zu) -> %s\n",
                structures, triangles, coarseTriangles, named(meshes, "skin").indices.size() / 3, argv[1]);
    std::printf("hipscope-generate: nearest to the skin: %s, %.1f mm inside at (%.3f, %.3f, %.3f)\n",
                margin.structure.c_str(), -1000.0f * margin.worst, margin.at.x, margin.at.y, margin.at.z);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope-generate: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
