// Muscle tension (0..1) from the tension.<...> options: per muscle, per muscle on both sides, per group.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "options/Settings.hpp"
#include "scene/Model.hpp"

namespace hipscope {

// Muscle groups a therapist tightens together, by id without side.
const std::map<std::string, std::vector<std::string>>& muscleGroups();

// A muscle's tension: the highest of its own, its id without side, and its groups'.
float tensionOf(const std::string& partName, const Settings& settings);
std::vector<float> partTensions(const Model& model, const Settings& settings);

// Throws UserError naming a tension.<key> that is no muscle, id without side or group of `model`.
void checkTensionKeys(const Settings& settings, const Model& model);

}  // namespace hipscope
