// Mechanics report: per muscle its length and tension; per side the sciatic compression and the low-back
// strain. No window, no GL.
#include "app/Report.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "anatomy/Tension.hpp"
#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "mechanics/Body.hpp"
#include "mechanics/Mechanics.hpp"
#include "options/OptionRegistry.hpp"
#include "view/ModelSource.hpp"

namespace hipscope {

int runReport(const CommandLine& cmd) {
  if (cmd.model && !isBuiltinModelFile(*cmd.model))
    throw UserError("--report works on the built-in model (its muscle mechanics); leave out --model");
  const Mechanics mechanics = Mechanics::load(assetDirectory() / "mechanics.json");
  // The pose at --set time (walking moves it).
  const Body body = computeBody(&mechanics, cmd.settings, cmd.settings.time);
  const Settings& settings = body.settings;
  nlohmann::ordered_json doc;
  nlohmann::ordered_json poseJson;
  for (const OptionSpec& spec : OptionRegistry::instance().all())
    if (spec.key.rfind("pose.", 0) == 0 && spec.kind == OptionKind::Float)
      poseJson[spec.key.substr(5)] = std::round(std::stod(formatValue(spec, settings)) * 100.0) / 100.0;
  doc["pose_degrees"] = poseJson;
  doc["walking"] = settings.pose.walking;
  doc["sciatic_nerve"] = formatValue(*OptionRegistry::instance().find("anatomy.sciatic_nerve"), settings);
  doc["time_s"] = std::round(static_cast<double>(settings.time) * 1000.0) / 1000.0;
  nlohmann::ordered_json muscles = nlohmann::ordered_json::object();
  for (const MusclePath& m : mechanics.muscles()) {
    if (m.id.find('.') != std::string::npos) continue;  // an anatomical variant's course, not a structure
    const std::vector<glm::vec3> path = mechanics.posedPath(m, body.joints);
    float length = 0;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) length += glm::length(path[i + 1] - path[i]);
    muscles[m.id] = {{"length_m", std::round(length * 1e5) / 1e5}, {"tension", tensionOf(m.id, settings)}};
  }
  doc["muscles"] = muscles;
  for (int side = 0; side < 2; ++side)
    doc["sides"][side == 0 ? "left" : "right"] = {
        {"sciatic_compression", std::round(body.nerves[static_cast<std::size_t>(side)].amount * 1e4) / 1e4},
        {"low_back_strain", std::round(body.strain[static_cast<std::size_t>(side)] * 1e4) / 1e4}};
  std::printf("%s\n", doc.dump(1).c_str());
  return 0;
}

}  // namespace hipscope
