// Tension lookup and validation.
#include "anatomy/Tension.hpp"

#include <algorithm>

#include "anatomy/Layers.hpp"
#include "base/Error.hpp"
#include "base/Suggest.hpp"

namespace hipscope {

const std::map<std::string, std::vector<std::string>>& muscleGroups() {
  static const std::map<std::string, std::vector<std::string>> groups = {
      {"hip_rotators",
       {"piriformis", "gemellus_superior", "gemellus_inferior", "obturator_internus", "obturator_externus",
        "quadratus_femoris"}},
      {"hip_flexors", {"iliacus", "psoas_major", "rectus_femoris", "tensor_fasciae_latae"}},
      {"hamstrings", {"biceps_femoris_long", "semitendinosus", "semimembranosus"}},
      {"glutes", {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"}},
      {"quadriceps", {"rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius"}},
      {"adductors", {"adductor_magnus"}},
      {"low_back", {"quadratus_lumborum", "erector_spinae", "multifidus"}},
      {"calf", {"gastrocnemius", "soleus"}},
  };
  return groups;
}

float tensionOf(const std::string& partName, const Settings& settings) {
  float t = 0.0f;
  for (const auto& [key, value] : settings.tension) {
    bool applies = namesPart(key, partName);
    if (auto group = muscleGroups().find(key); group != muscleGroups().end())
      for (const std::string& member : group->second) applies |= namesPart(member, partName);
    if (applies) t = std::max(t, value);
  }
  return t;
}

std::vector<float> partTensions(const Model& model, const Settings& settings) {
  std::vector<float> out;
  out.reserve(model.parts.size());
  for (const MeshPart& part : model.parts)
    out.push_back(settings.tension.empty() ? 0.0f : tensionOf(part.name, settings));
  return out;
}

void checkTensionKeys(const Settings& settings, const Model& model) {
  std::vector<std::string> valid;
  for (const auto& [group, members] : muscleGroups()) valid.push_back(group);
  for (const MeshPart& part : model.parts) {
    valid.push_back(part.name);
    if (part.name.ends_with("_l") || part.name.ends_with("_r"))
      valid.push_back(part.name.substr(0, part.name.size() - 2));
  }
  for (const auto& entry : settings.tension) {
    const std::string& key = entry.first;  // a plain name: clang 14 cannot capture a structured binding
    if (muscleGroups().count(key)) continue;
    const bool known =
        std::any_of(model.parts.begin(), model.parts.end(), [&](const MeshPart& p) { return namesPart(key, p.name); });
    if (!known)
      throw UserError("--set tension." + key + ": no muscle or group of that name" + suggestionSuffix(key, valid));
  }
}

}  // namespace hipscope
