// The skin mesh from the body outline.
#include "generator/Skin.hpp"

#include "generator/BodyOutline.hpp"
#include "generator/Leg.hpp"
#include "generator/SurfaceNets.hpp"

namespace hipscope::gen {
namespace {

// Skin with a faint warm tone: it is drawn ghosted over everything else.
const glm::vec4 kSkin{0.88f, 0.74f, 0.64f, 1.0f};

}  // namespace

GenMesh buildSkin(const std::string& name, float cell) {
  GenMesh m = polygonize(name, bodyOutline(), kBodyOutlineLo, kBodyOutlineHi, cell);
  m.color = kSkin;
  convergeMesh(m);
  return m;
}

OutlineMargin nearestToSkin(const std::vector<GenMesh>& meshes) {
  const Field outline = convergedField(bodyOutline());
  OutlineMargin out;
  for (const GenMesh& m : meshes)
    for (const glm::vec3& p : m.positions)
      if (const float d = outline(p); d > out.worst) out = {m.name, d, p};
  return out;
}

}  // namespace hipscope::gen
