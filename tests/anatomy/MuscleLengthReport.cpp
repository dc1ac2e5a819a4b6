// Issue 5, the test anatomy.MuscleLengthsFollowHipFlexion: for hip flexion 0 -> 90 degrees, how each
// muscle we share with the reference changes length, ours against the reference's. Prints the table;
// exits 1 when any muscle side changes the other way or by a ratio more than 15 % off, 2 (skipped)
// when the reference data is missing. scripts/fidelity.sh runs it too.

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include <glm/gtc/matrix_transform.hpp>
#include <nlohmann/json.hpp>

#include "mechanics/Mechanics.hpp"

using namespace hipscope;

namespace {

// Reference path length (OpenSim Gait2392, pelvis frame) with the hip flexed by `flexion` radians:
// femur and tibia points turn about the hip centre (knee straight); conditional points count only
// when the coordinate they depend on is in range.
double referenceLength(const nlohmann::json& muscle, const glm::dvec3& hipCentre, char side, double flexion) {
  const glm::dmat4 turn = glm::translate(glm::dmat4(1), hipCentre) *
                          glm::rotate(glm::dmat4(1), flexion, glm::dvec3(0, 0, 1)) *
                          glm::translate(glm::dmat4(1), -hipCentre);
  std::vector<glm::dvec3> points;
  for (const auto& p : muscle.at("points")) {
    if (p.contains("condition") && !p.at("condition").is_null()) {
      const std::string coordinate = p.at("condition").at("coordinate");
      const double value = coordinate.rfind("hip_flexion", 0) == 0 ? flexion : 0.0;  // knee straight
      const auto& range = p.at("condition").at("range");
      if (value < range.at(0).get<double>() || value > range.at(1).get<double>()) continue;
    }
    const auto& xyz = p.at("xyz_pelvis");
    glm::dvec3 q(xyz.at(0).get<double>(), xyz.at(1).get<double>(), xyz.at(2).get<double>());
    const std::string body = p.at("body");
    if (body != "pelvis") q = glm::dvec3(turn * glm::dvec4(q, 1.0));
    points.push_back(q);
  }
  (void)side;
  double total = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) total += glm::length(points[i + 1] - points[i]);
  return total;
}

}  // namespace

int main() {
  const std::filesystem::path dir = HIPSCOPE_REFERENCE_DIR;
  if (!std::filesystem::exists(dir / "muscles.json")) {
    std::printf("reference data not found at %s\n", dir.c_str());
    return 2;
  }
  std::ifstream musclesFile(dir / "muscles.json"), landmarksFile(dir / "landmarks.json");
  const nlohmann::json muscles = nlohmann::json::parse(musclesFile).at("muscles");
  const nlohmann::json landmarks = nlohmann::json::parse(landmarksFile);
  const Mechanics mechanics = Mechanics::load(HIPSCOPE_MECHANICS_PATH);

  const std::map<std::string, std::vector<std::string>> shared = {
      {"gluteus_maximus", {"glut_max1", "glut_max2", "glut_max3"}},
      {"gluteus_medius", {"glut_med1", "glut_med2", "glut_med3"}},
      {"gluteus_minimus", {"glut_min1", "glut_min2", "glut_min3"}},
      {"piriformis", {"peri"}},
      {"gemellus_superior", {"gem"}},
      {"gemellus_inferior", {"gem"}},
      {"quadratus_femoris", {"quad_fem"}},
      {"iliacus", {"iliacus"}},
      {"psoas_major", {"psoas"}},
      {"semimembranosus", {"semimem"}},
      {"semitendinosus", {"semiten"}},
      {"biceps_femoris_long", {"bifemlh"}},
      {"rectus_femoris", {"rect_fem"}},
      {"tensor_fasciae_latae", {"tfl"}},
      {"adductor_magnus", {"add_mag1", "add_mag2", "add_mag3"}},
      {"adductor_longus", {"add_long"}},
      {"adductor_brevis", {"add_brev"}},
      {"pectineus", {"pect"}},
      {"gracilis", {"grac"}},
      {"sartorius", {"sar"}},
      {"biceps_femoris_short", {"bifemsh"}}};
  int off = 0;
  for (const char side : {'l', 'r'}) {
    const auto& c = landmarks.at(std::string("hip_joint_centre_") + side);
    const glm::dvec3 hip(c.at(0).get<double>(), c.at(1).get<double>(), c.at(2).get<double>());
    Pose flexed;
    flexed.hipFlexion[side == 'l' ? 0 : 1] = 90.0f;
    for (const auto& [ours, refs] : shared) {
      const MusclePath* path = mechanics.find(ours + "_" + side);
      if (!path) {
        std::printf("%s_%c missing from mechanics.json\n", ours.c_str(), side);
        return 1;
      }
      const double ourRatio = mechanics.length(*path, flexed) / mechanics.length(*path, Pose{});
      double refRatio = 0;
      for (const std::string& r : refs) {
        const auto& m = muscles.at(r + "_" + side);
        refRatio += referenceLength(m, hip, side, 1.5707963) / referenceLength(m, hip, side, 0.0);
      }
      refRatio /= static_cast<double>(refs.size());
      const double relative = ourRatio / refRatio - 1.0;
      const bool ok = (ourRatio > 1.0) == (refRatio > 1.0) && std::abs(relative) <= 0.15;
      off += !ok;
      std::printf("%-22s %c  length ratio at 90 deg flexion: ours %.3f, reference %.3f (%+.1f %%)%s\n", ours.c_str(),
                  side, ourRatio, refRatio, relative * 100, ok ? "" : "   <-- off");
    }
  }
  std::printf("%d of %zu muscle sides off (direction or more than 15 %%)\n", off, shared.size() * 2);
  return off == 0 ? 0 : 1;
}
