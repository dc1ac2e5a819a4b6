// Anatomy fidelity: how piriformis, sciatic nerve, psoas and iliacus sit against the bones and each other.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "Anatomy.hpp"

namespace hipscope::anatomy {
namespace {

constexpr double kContactLimit = 0.005;     // m: "touches"
constexpr double kLandmarkLimit = 0.015;    // m: near a reference landmark
constexpr double kDistalRegion = 0.004;     // m above the lowest point: the tendon's end (a fuller belly sits higher)
constexpr double kDistalSpan = 0.030;       // m above the lowest point: compared between psoas and iliacus
constexpr double kDistalPairLimit = 0.010;  // m

// Mean of the mesh vertices within radius of p (p itself when there are none).
const char* overlapNote(const ClosestPair& pair) { return pair.overlap ? " (volumes overlap)" : ""; }

double lowestY(const MeshQuery& mesh) { return mesh.bounds().min.y; }

const std::vector<Vec3>& referencePath(const std::string& name) {
  const std::vector<Vec3>* path = reference()->path(name);
  if (!path) throw std::runtime_error("the reference has no muscle " + name);
  return *path;
}

// "Anterior half" is judged in the sacrum's own front-to-back thickness at the contact (the Z extent of
// the sacrum vertices within 10 mm of it in X and Y), not against the whole bone's mid Z: the sacrum is
// tilted, its promontory far forward, and in the reference (Gait2392) the piriformis origin lies 13 mm
// behind the whole sacrum's mid-plane yet 11 mm in front of the local mid-thickness.
TEST(AnatomyFidelity, PiriformisArisesFromAnteriorSacrum) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  constexpr double kColumn = 0.010;  // m, half-width of the column through the contact
  const MeshQuery* sacrum = requirePart("sacrum");
  for (const char* side : kSides) {
    const std::string name = sided("piriformis", side);
    const MeshQuery* piri = requirePart(name);
    if (!piri || !sacrum) continue;
    const ClosestPair pair = closestPair(*piri, *sacrum);
    const Vec3 contact = pair.onB;
    double front = -kInfinity, back = kInfinity;
    for (const Vec3& v : sacrum->mesh().positions)
      if (std::abs(v.x - contact.x) <= kColumn && std::abs(v.y - contact.y) <= kColumn)
        front = std::max(front, v.z), back = std::min(back, v.z);
    const double localMidZ = 0.5 * (front + back), wholeMidZ = sacrum->bounds().center().z;
    std::printf(
        "%s <-> sacrum: %.1f mm%s (limit %.0f mm); closest sacrum point (%.4f, %.4f, %.4f) m: %s half of the "
        "local thickness (Z %.4f..%.4f, mid %.4f m); whole-sacrum mid Z %.4f m\n",
        name.c_str(), mm(pair.distance), overlapNote(pair), mm(kContactLimit), contact.x, contact.y, contact.z,
        contact.z > localMidZ ? "anterior" : "POSTERIOR", back, front, localMidZ, wholeMidZ);
    EXPECT_LE(pair.distance, kContactLimit)
        << name << ": comes no closer than " << mm(pair.distance) << " mm to the sacrum (limit 5 mm)";
    EXPECT_GT(contact.z, localMidZ) << name << ": its closest sacrum point (Z " << contact.z
                                    << " m) is on the posterior half of the sacrum there (local mid Z " << localMidZ
                                    << " m): it should arise from the anterior (pelvic) surface";
  }
}

TEST(AnatomyFidelity, PiriformisPassesThroughGreaterSciaticForamen) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const std::string name = sided("piriformis", side);
    const MeshQuery* piri = requirePart(name);
    if (!piri) continue;
    const Vec3 notch =
        std::string(side) == "r" ? reference()->sciaticNotchRight : mirrored(reference()->sciaticNotchRight);
    const double nearest = piri->closest(notch).distance;
    std::printf(
        "%s: surface comes within %.1f mm of the greater sciatic notch estimate (%.4f, %.4f, %.4f) m "
        "(limit %.0f mm)\n",
        name.c_str(), mm(nearest), notch.x, notch.y, notch.z, mm(kLandmarkLimit));
    EXPECT_LE(nearest, kLandmarkLimit) << name << ": nothing of it within 15 mm of the greater sciatic notch (nearest "
                                       << mm(nearest) << " mm); it does not pass through the greater sciatic foramen";
  }
}

TEST(AnatomyFidelity, PiriformisInsertsOnGreaterTrochanter) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const std::string name = sided("piriformis", side);
    const MeshQuery* piri = requirePart(name);
    if (!piri) continue;
    const Vec3 insertion = referencePath(sided("peri", side)).back();
    const double d = piri->closest(insertion).distance;
    std::printf("%s: greater-trochanter insertion (reference peri) is %.1f mm from the muscle (limit %.0f mm)\n",
                name.c_str(), mm(d), mm(kLandmarkLimit));
    EXPECT_LE(d, kLandmarkLimit) << name << ": reference insertion on the greater trochanter is " << mm(d)
                                 << " mm from the muscle surface (limit 15 mm)";
  }
}

// Where they leave the pelvis through the greater sciatic foramen (in a slab of the body just lateral
// of the notch's apex), the nerve's trunk lies below the piriformis and against it. (Measured at the
// foramen: muscles at their real size lie against the nerve along much of its course, in front of it
// inside the pelvis too, where the sacral plexus lies on the muscle, so a closest pair says little.)
TEST(AnatomyFidelity, SciaticNerveRunsUnderPiriformis) {
  HIPSCOPE_REQUIRE_MODEL();
  HIPSCOPE_REQUIRE_REFERENCE();
  constexpr double kLateral = 0.010;  // m lateral of the notch's apex: out of the pelvis, the roots joined
  constexpr double kSlab = 0.005;     // m either side of that
  constexpr double kNear = 0.030;     // m above or below the muscle's centre there
  for (const char* side : kSides) {
    const std::string nerveName = sided("sciatic_nerve", side), piriName = sided("piriformis", side);
    const MeshQuery* whole = requirePart(nerveName);
    const MeshQuery* piri = requirePart(piriName);
    if (!whole || !piri) continue;
    // The trunk: the sacral roots join it inside the pelvis, in front of the muscle, as pieces of their own.
    const MeshQuery trunk(largestPiece(whole->mesh()));
    const Vec3 notch =
        std::string(side) == "r" ? reference()->sciaticNotchRight : mirrored(reference()->sciaticNotchRight);
    const double at = notch.x + (notch.x > 0 ? 1 : -1) * kLateral;
    // The centre of a structure's vertices in the slab (and, for the nerve, near the muscle: the slab
    // also cuts its trunk far down the thigh).
    auto centroidInSlab = [&](const MeshQuery& m, double nearY, double within) {
      Vec3 sum(0);
      int n = 0;
      for (const Vec3& v : m.mesh().positions)
        if (std::abs(v.x - at) < kSlab && std::abs(v.y - nearY) < within) sum += v, ++n;
      return std::make_pair(n ? sum / double(n) : Vec3(0), n);
    };
    const auto [piriAt, piriCount] = centroidInSlab(*piri, 0.0, 1.0);
    const auto [nerveAt, nerveCount] = centroidInSlab(trunk, piriAt.y, kNear);
    const ClosestPair pair = closestPair(trunk, *piri);
    std::printf(
        "%s <-> %s: %.1f mm apart at the closest (limit 5 mm); at the notch (X %.3f m) the nerve's centre is "
        "at Y %.4f m, the piriformis's at Y %.4f m (%s)\n",
        nerveName.c_str(), piriName.c_str(), mm(pair.distance), at, nerveAt.y, piriAt.y,
        nerveAt.y < piriAt.y ? "below" : "NOT below");
    ASSERT_GT(nerveCount, 0) << nerveName << " does not pass the notch's slab";
    ASSERT_GT(piriCount, 0) << piriName << " does not pass the notch's slab";
    EXPECT_LT(pair.distance, kContactLimit)
        << nerveName << ": comes no closer than " << mm(pair.distance) << " mm to " << piriName << " (limit 5 mm)";
    EXPECT_LT(nerveAt.y, piriAt.y) << nerveName << ": at the greater sciatic foramen it is not below " << piriName
                                   << " (nerve Y " << nerveAt.y << " m, piriformis Y " << piriAt.y << " m)";
  }
}

TEST(AnatomyFidelity, PsoasAndIliacusInsertTogetherOnLesserTrochanter) {
  HIPSCOPE_REQUIRE_REFERENCE();
  HIPSCOPE_REQUIRE_MODEL();
  for (const char* side : kSides) {
    const Vec3 insertion = referencePath(sided("psoas", side)).back();
    const MeshQuery* distal[2] = {nullptr, nullptr};
    TriangleMesh distalSpan[2];
    const std::string names[2] = {sided("psoas_major", side), sided("iliacus", side)};
    for (int k = 0; k < 2; ++k) {
      const MeshQuery* m = distal[k] = requirePart(names[k]);
      if (!m) continue;
      const double low = lowestY(*m);
      Vec3 sum(0);
      int n = 0;
      for (const Vec3& v : m->mesh().positions)
        if (v.y <= low + kDistalRegion) sum += v, ++n;
      const Vec3 tip = sum / double(n);
      const double d = glm::length(tip - insertion);
      std::printf(
          "%s: distal end (mean of %d vertices within 4 mm of lowest Y %.4f m) is %.1f mm from the "
          "lesser-trochanter insertion (reference psoas) (limit %.0f mm)\n",
          names[k].c_str(), n, low, mm(d), mm(kLandmarkLimit));
      EXPECT_LE(d, kLandmarkLimit) << names[k] << ": distal end is " << mm(d)
                                   << " mm from the reference lesser-trochanter insertion (limit 15 mm)";
      distalSpan[k] = selectTriangles(m->mesh(), [&](const Vec3& v) { return v.y <= low + kDistalSpan; });
    }
    if (!distal[0] || !distal[1]) continue;
    const MeshQuery a(std::move(distalSpan[0])), b(std::move(distalSpan[1]));
    const ClosestPair pair = closestPair(a, b);
    std::printf("%s <-> %s distal 30 mm: %.1f mm apart%s (limit %.0f mm)\n", names[0].c_str(), names[1].c_str(),
                mm(pair.distance), overlapNote(pair), mm(kDistalPairLimit));
    EXPECT_LE(pair.distance, kDistalPairLimit) << names[0] << " and " << names[1] << ": their distal 30 mm are "
                                               << mm(pair.distance) << " mm apart (limit 10 mm)";
  }
}

TEST(AnatomyFidelity, PsoasAttachesToL1ThroughL5) {
  HIPSCOPE_REQUIRE_MODEL();
  std::vector<std::pair<std::string, const MeshQuery*>> vertebrae;
  for (const auto& name : vertebraNames())
    if (const MeshQuery* bone = requirePart(name)) vertebrae.emplace_back(name, bone);
  for (const char* side : kSides) {
    const std::string name = sided("psoas_major", side);
    const MeshQuery* psoas = requirePart(name);
    if (!psoas) continue;
    for (const auto& [vertebra, bone] : vertebrae) {
      const ClosestPair pair = closestPair(*psoas, *bone);
      const double d = pair.distance;
      std::printf("%s <-> %s: %.1f mm%s (limit %.0f mm)\n", name.c_str(), vertebra.c_str(), mm(d), overlapNote(pair),
                  mm(kContactLimit));
      EXPECT_LE(d, kContactLimit) << name << ": comes no closer than " << mm(d) << " mm to " << vertebra
                                  << " (limit 5 mm)";
    }
  }
}

}  // namespace
}  // namespace hipscope::anatomy
