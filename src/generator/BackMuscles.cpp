// The low back's two long muscle masses, our own estimates from the atlas (Gray's; Netter, the deep
// back muscles) placed on the vertebrae's landmarks, each a side.
// - Erector spinae (lumbar iliocostalis and longissimus as one mass): from a thin aponeurosis on the
//   back of the sacrum and the back of the iliac crest, thickening by L5 into a rounded mass that
//   fills the gutter lateral of the multifidus, out beyond the tips of the transverse processes and
//   back to the thoracolumbar fascia under the skin; thickest at L3-L4 (about 20-25 cm2 in men,
//   Marras et al. 2001), still full where the model ends at the lower ribs.
// - Multifidus: deep to (in front of and medial of) the erector spinae, on the laminae beside the
//   spinous processes, filling the groove on the back of the sacrum between its median crest and the
//   posterior superior iliac spine; largest at L5-S1 (about 6-9 cm2, Hides et al. 2008), narrowing up
//   to L1. Its fascicles rise two to four levels to the spinous processes above.
// Both are grown by the packer (MusclePacking.cpp) to their authored volume between the bones, each
// other and the skin, so their sections take the gutter's shape.
#include "generator/BackMuscles.hpp"

#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kBack{0.60f, 0.19f, 0.16f, 1.0f};
const glm::vec4 kDeepBack{0.66f, 0.22f, 0.17f, 1.0f};

}  // namespace

void addErectorSpinae(std::vector<GenMesh>& out, const Side& s) {
  // Up the middle of the mass: over the sacrum behind the multifidus, past the PSIS, then behind the
  // transverse processes (their tips about 40-46 mm out, 36 mm behind the bodies: Skeleton.cpp), in
  // the lordosis of the lumbar spine.
  const std::vector<glm::vec3> path = mirrored(s, {{0.016f, 0.020f, -0.172f},
                                                   {0.030f, 0.055f, -0.175f},
                                                   {0.050f, 0.100f, -0.159f},
                                                   {0.053f, 0.157f, -0.147f},
                                                   {0.051f, 0.220f, -0.146f},
                                                   {0.047f, 0.300f, -0.149f}});
  // Sections across (side to side) and deep (front to back): a sheet on the sacrum, a mass above.
  out.push_back(fusiform(s.name("erector_spinae"), path,
                         sections({{0, 0.008f, 0.003f},
                                   {0.2f, 0.018f, 0.008f},
                                   {0.4f, 0.027f, 0.020f},
                                   {0.6f, 0.028f, 0.026f},
                                   {0.8f, 0.028f, 0.025f},
                                   {0.95f, 0.027f, 0.022f},
                                   {1, 0.022f, 0.015f}}),
                         {0, 0, 1}, kBack, 48, 24));
}

void addMultifidus(std::vector<GenMesh>& out, const Side& s) {
  using namespace lm;
  // Up the back of the sacrum (S4 to S1), then behind the lamina of each lumbar vertebra, L5 to L1:
  // the laminae meet the spinous process about 44 mm behind the body's centre (Skeleton.cpp,
  // vertebra) and the spinous processes reach 70 mm; the muscle lies between, beside the spinous
  // process, deepest low down.
  std::vector<glm::vec3> path = mirrored(
      s, {{0.013f, -0.026f, -0.158f}, {0.021f, 0.012f, -0.163f}, {0.024f, 0.040f, -0.160f}, {0.021f, 0.068f, -0.152f}});
  const float behind[5] = {0.048f, 0.052f, 0.058f, 0.063f, 0.064f};  // of each body's centre, L1 to L5
  for (int level = 4; level >= 0; --level) {
    const glm::vec3 c = lumbarBody[level];
    path.push_back(s({0.0175f - 0.0010f * static_cast<float>(4 - level), c.y, c.z - behind[level]}));
  }
  // Wide over the sacrum, deepest at L5, thinner and narrower toward L1.
  GenMesh m = fusiform(s.name("multifidus"), path,
                       sections({{0, 0.008f, 0.005f},
                                 {0.125f, 0.016f, 0.008f},
                                 {0.25f, 0.018f, 0.011f},
                                 {0.375f, 0.017f, 0.015f},
                                 {0.5f, 0.015f, 0.017f},
                                 {0.625f, 0.014f, 0.016f},
                                 {0.75f, 0.012f, 0.014f},
                                 {0.875f, 0.010f, 0.011f},
                                 {1, 0.007f, 0.006f}}),
                       {0, 0, 1}, kDeepBack, 48, 20);
  // The line of action: from the back of the sacrum over L5 and L4 to the spinous processes of L3 to
  // L1 (the via points on the laminae move with their vertebrae).
  m.lineOfAction = {path[1], path[4], path[5], path[6], path[8]};
  out.push_back(std::move(m));
}

}  // namespace hipscope::gen
