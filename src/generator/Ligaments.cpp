// The sacrotuberous and sacrospinous ligaments as thin sheets between their bony attachments.
#include "generator/Ligaments.hpp"

#include "generator/Landmarks.hpp"
#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

// Dense collagen: a pale white-grey, like tendon.
const glm::vec4 kLigament{0.80f, 0.81f, 0.80f, 1.0f};

GenMesh band(const std::string& name, const Side& s, std::initializer_list<glm::vec3> origin,
             std::initializer_list<glm::vec3> insertion, glm::vec3 bulge, float thickness, const BoneDistance& bones) {
  SheetSpec spec;
  spec.origin = mirrored(s, origin);
  spec.insertion = mirrored(s, insertion);
  spec.bulge = s(bulge);
  spec.thickness = thickness;
  // A ligament is about as thick at its attachments as in its middle.
  spec.originFraction = 0.8f;
  spec.insertionFraction = 0.8f;
  spec.fibres = 12;
  spec.stations = 16;
  GenMesh m = sheet(name, spec);
  m.color = kLigament;
  // Its ends lie on the bone, never in it.
  pushOutOfBones(m, bones, 0.0005f);
  return m;
}

void addSide(std::vector<GenMesh>& out, const Side& s, const BoneDistance& bones) {
  using namespace lm;
  // Sacrotuberous: a broad fan from the posterior iliac spines, the lower lateral border of the sacrum
  // and the upper coccyx, twisting and narrowing down and out to the medial margin of the ischial
  // tuberosity; it lies behind the sacrospinous and closes the lesser sciatic foramen from behind.
  out.push_back(band(s.name("sacrotuberous_ligament"), s,
                     {psis + glm::vec3(-0.004f, -0.004f, -0.004f),
                      piis + glm::vec3(-0.008f, -0.004f, -0.008f),
                      {0.034f, -0.018f, -0.166f},
                      {0.022f, -0.042f, -0.160f},
                      {0.012f, -0.062f, -0.146f}},
                     {ischialTuberosity + glm::vec3(-0.012f, 0.010f, -0.008f),
                      ischialTuberosity + glm::vec3(-0.009f, -0.002f, -0.006f)},
                     {0.004f, 0.0f, -0.008f}, 0.0028f, bones));
  // Sacrospinous: a thin triangle in front of it, from the lateral margin of the lower sacrum and
  // coccyx to the ischial spine; it separates the greater sciatic foramen above it (piriformis,
  // sciatic nerve) from the lesser below it (obturator internus).
  out.push_back(
      band(s.name("sacrospinous_ligament"), s, {{0.024f, -0.034f, -0.150f}, {0.011f, -0.066f, -0.134f}},
           {ischialSpine + glm::vec3(-0.002f, 0.004f, -0.002f), ischialSpine + glm::vec3(-0.001f, -0.004f, -0.001f)},
           {0.0f, 0.0f, 0.004f}, 0.0022f, bones));
}

}  // namespace

std::vector<GenMesh> buildLigaments(const BoneDistance& bones) {
  std::vector<GenMesh> out;
  addSide(out, kLeft, bones);
  addSide(out, kRight, bones);
  return out;
}

bool isLigament(const std::string& meshName) { return meshName.find("_ligament_") != std::string::npos; }

}  // namespace hipscope::gen
