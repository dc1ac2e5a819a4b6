#include "Targets.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

#include "anatomy/Mapping.hpp"
#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Settings.hpp"
#include "options/UserPresets.hpp"
#include "recording/Storyboard.hpp"
#include "scene/ModelWire.hpp"

namespace hipscope::fuzz {

int storyboard(const std::uint8_t* data, std::size_t size) {
  try {
    const Storyboard board =
        parseStoryboard(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json", Settings{});
    volatile float total = board.duration();  // a parsed board must be usable
    (void)total;
  } catch (const UserError&) {}
  return 0;
}

int options(const std::uint8_t* data, std::size_t size) {
  Settings settings;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    try {
      OptionRegistry::instance().apply(settings, line, "fuzz");
    } catch (const UserError&) {}
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  for (const OptionSpec& spec : OptionRegistry::instance().all())
    (void)formatValue(spec, settings);  // every value prints
  return 0;
}

int modelWire(const std::uint8_t* data, std::size_t size) {
  const std::optional<Model> model = decodeModel(std::vector<std::uint8_t>(data, data + size));
  if (!model) return 0;
  // What the app does next with a model: walk every triangle's vertices.
  volatile float sum = 0;
  for (const MeshPart& part : model->parts)
    for (const std::uint32_t i : part.indices) sum = sum + part.vertices.at(i).position.x;
  return 0;
}

int mapping(const std::uint8_t* data, std::size_t size) {
  static const Catalog catalog = loadCatalog(HIPSCOPE_CATALOG);
  for (const char* file : {"fuzz.mapping.json", "fuzz.mapping.toml"}) {  // the same bytes read as JSON and as TOML
    try {
      const Mapping m = parseMapping(std::string(reinterpret_cast<const char*>(data), size), file, catalog);
      Model model;  // a parsed mapping must apply to any names
      for (const char* name : {"12345", "Musculus piriformis rechts", "", "\xff\xfe"}) {
        model.parts.emplace_back();
        model.parts.back().name = name;
      }
      applyMapping(m, model);
    } catch (const UserError&) {}
  }
  return 0;
}

int presets(const std::uint8_t* data, std::size_t size) {
  try {
    const UserPresets read = parseUserPresets(std::string(reinterpret_cast<const char*>(data), size), "presets.json");
    // What is read is written back the same, and every view without a problem applies.
    const UserPresets again = parseUserPresets(formatUserPresets(read), "presets.json");
    if (again.presets.size() != read.presets.size()) std::abort();
    for (std::size_t i = 0; i < read.presets.size(); ++i) {
      if (again.presets[i].name != read.presets[i].name || again.presets[i].assignments != read.presets[i].assignments)
        std::abort();
      if (!read.presets[i].problem.empty()) continue;
      Settings settings;
      try {
        applyUserPreset(settings, read.presets[i]);
      } catch (const UserError&) {  // names only a model can check
      }
    }
  } catch (const UserError&) {}
  return 0;
}

}  // namespace hipscope::fuzz
