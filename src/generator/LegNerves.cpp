// The tibial and common fibular nerves: tubes along their courses (our own estimates from the
// landmarks), pushed clear of the leg bones.
#include "generator/LegNerves.hpp"

#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {

std::vector<GenMesh> buildLegNerves(const BoneDistance& bones) {
  std::vector<GenMesh> out;
  for (const Side* side : {&kLeft, &kRight}) {
    const Side& s = *side;
    // The larger branch, straight down the middle of the popliteal fossa behind the knee, between the
    // two heads of gastrocnemius (CalfMuscles.cpp), then deep to them on the popliteus and under the
    // soleus's tendinous arch, down the calf between the soleus and the deep muscles on the back of the
    // tibia, behind the medial malleolus and forward under the arch (as the medial plantar nerve).
    GenMesh tibial =
        loft(s.name("tibial_nerve"),
             mirrored(s, {{0.0935f, -0.455f, -0.110f},
                          {0.090f, -0.500f, -0.116f},
                          {0.090f, -0.530f, -0.114f},
                          {0.090f, -0.560f, -0.106f},
                          {0.090f, -0.620f, -0.098f},
                          {0.086f, -0.700f, -0.098f},
                          {0.078f, -0.800f, -0.096f},
                          {0.068f, -0.860f, -0.094f},
                          {0.062f, -0.892f, -0.092f},
                          {0.064f, -0.918f, -0.080f},
                          {0.068f, -0.932f, -0.055f},
                          {0.072f, -0.936f, -0.020f},
                          {0.072f, -0.937f, 0.025f}}),
             knots({{0, 0.0040f}, {0.2f, 0.0036f}, {0.6f, 0.0028f}, {1, 0.0020f}}, 1.0f), {90, 10, {0, 0, 1}});
    // The smaller branch, along the back of the biceps femoris to behind the fibular head, round the
    // neck of the fibula (where it lies just under the skin and is easily pressed), then down the front
    // of the leg and over the front of the ankle to the top of the foot.
    GenMesh fibular =
        loft(s.name("common_fibular_nerve"),
             mirrored(s, {{0.1195f, -0.455f, -0.104f},
                          {0.124f, -0.500f, -0.110f},
                          {0.134f, -0.530f, -0.102f},
                          {0.133f, -0.556f, -0.088f},
                          {0.126f, -0.567f, -0.073f},
                          {0.114f, -0.600f, -0.062f},
                          {0.108f, -0.700f, -0.060f},
                          {0.100f, -0.800f, -0.056f},
                          {0.094f, -0.860f, -0.050f},
                          {0.088f, -0.884f, -0.036f},
                          {0.084f, -0.896f, -0.005f},
                          {0.084f, -0.906f, 0.035f}}),
             knots({{0, 0.0032f}, {0.25f, 0.0028f}, {0.7f, 0.0022f}, {1, 0.0017f}}, 1.0f), {90, 10, {0, 0, 1}});
    for (GenMesh* nerve : {&tibial, &fibular}) {
      pushOutOfBones(*nerve, bones, 0.0006f);
      nerve->color = kNerve;
      out.push_back(std::move(*nerve));
    }
  }
  return out;
}

}  // namespace hipscope::gen
