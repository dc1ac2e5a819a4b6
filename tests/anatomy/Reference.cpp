// Reads the reference landmarks and muscle paths (OpenSim Gait2392 JSON) into our frame.
#include "Reference.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hipscope::anatomy {
namespace {

using nlohmann::json;

json readJson(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot open reference file " + file.string());
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    throw std::runtime_error("cannot parse " + file.string() + ": " + e.what());
  }
}

Vec3 vec(const json& v) { return {v.at(0).get<double>(), v.at(1).get<double>(), v.at(2).get<double>()}; }

}  // namespace

Vec3 fromReference(const Vec3& r) { return {-r.z, r.y, r.x}; }

const std::vector<Vec3>* Reference::path(const std::string& name) const {
  const auto it = musclePaths.find(name);
  return it == musclePaths.end() ? nullptr : &it->second;
}

Box referenceBox(const std::filesystem::path& directory, const std::vector<std::string>& parts) {
  Box box;
  for (const std::string& part : parts) {
    const auto file = directory / (part + "_pelvisframe.obj");
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot open reference file " + file.string());
    std::size_t vertices = 0;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("v ", 0) != 0) continue;
      std::istringstream fields(line.substr(2));
      Vec3 v;
      if (!(fields >> v.x >> v.y >> v.z)) throw std::runtime_error(file.string() + ": bad vertex line: " + line);
      box.add(fromReference(v));
      ++vertices;
    }
    if (vertices == 0) throw std::runtime_error(file.string() + ": no vertices");
  }
  return box;
}

Reference loadReference(const std::filesystem::path& directory) {
  Reference ref;
  ref.directory = directory;
  const auto landmarksFile = directory / "landmarks.json";
  const auto musclesFile = directory / "muscles.json";
  try {
    const json landmarks = readJson(landmarksFile);
    ref.pelvisSize = sizeFromReference(vec(landmarks.at("pelvis_bbox_incl_sacrum").at("size")));
    ref.hipCentreLeft = fromReference(vec(landmarks.at("hip_joint_centre_l")));
    ref.hipCentreRight = fromReference(vec(landmarks.at("hip_joint_centre_r")));
    ref.sciaticNotchRight = fromReference(vec(landmarks.at("greater_sciatic_notch_r_estimate").at("point")));
    for (int side = 0; side < 2; ++side) {
      const std::string suffix = side == 0 ? "_l" : "_r";
      ref.kneeCentre[side] = fromReference(vec(landmarks.at("knee_joint_centre" + suffix)));
      ref.ankleCentre[side] = fromReference(vec(landmarks.at("ankle_joint_centre" + suffix)));
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(landmarksFile.string() + ": " + e.what());
  }
  try {
    const json muscles = readJson(musclesFile);
    for (const auto& [name, muscle] : muscles.at("muscles").items()) {
      std::vector<Vec3> path;
      std::vector<std::string> bodies;
      for (const auto& point : muscle.at("points")) {
        path.push_back(fromReference(vec(point.at("xyz_pelvis"))));
        bodies.push_back(point.at("body").get<std::string>());
      }
      if (path.size() < 2) throw std::runtime_error(musclesFile.string() + ": muscle " + name + " has < 2 points");
      ref.musclePaths.emplace(name, std::move(path));
      ref.muscleBodies.emplace(name, std::move(bodies));
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(musclesFile.string() + ": " + e.what());
  }
  return ref;
}

}  // namespace hipscope::anatomy
