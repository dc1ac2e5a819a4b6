// Layers: parts map to their catalog layer (or Other), and hiding a layer hides exactly its parts.
#include <gtest/gtest.h>

#include <algorithm>

#include "anatomy/Layers.hpp"
#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"
#include "scene/ModelLoader.hpp"

using namespace hipscope;

TEST(Layers, BuiltInPartsFollowTheCatalogAndHidingALayerHidesOnlyIt) {
  const Catalog catalog = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  const std::vector<LayerId> layers = partLayers(model, &catalog);
  ASSERT_EQ(layers.size(), model.parts.size());
  for (std::size_t i = 0; i < layers.size(); ++i) {
    EXPECT_NE(layers[i], LayerId::Other) << model.parts[i].name;
    EXPECT_EQ(enumName(layers[i]), catalog.find(model.parts[i].name)->layer);
  }

  Settings settings;
  OptionRegistry::instance().apply(settings, "layers.superficial_glutes.visible=false");
  const std::vector<char> visible = visibleParts(model, layers, settings);
  int hidden = 0;
  for (std::size_t i = 0; i < visible.size(); ++i) {
    const std::string& name = model.parts[i].name;
    const bool glute = name.rfind("gluteus_", 0) == 0;
    EXPECT_EQ(visible[i] == 0, glute) << name;
    hidden += visible[i] == 0;
  }
  EXPECT_EQ(hidden, 6);  // maximus, medius, minimus on both sides
}

TEST(Layers, PartsWithoutACatalogAreOther) {
  Model m;
  m.parts.push_back(MeshPart{"mesh_0", {}, {}, {}});
  const auto layers = partLayers(m, nullptr);
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0], LayerId::Other);
  Settings settings;
  settings.layers[static_cast<std::size_t>(LayerId::Other)].visible = false;
  EXPECT_EQ(visibleParts(m, layers, settings), std::vector<char>{0});
}

TEST(Layers, CatalogRejectsAnUnknownLayerId) {
  const std::string text =
      R"({"version": 1, "layers": [{"id": "deep_rotator", "clinical": "x", "lay": "y", "peel_order": 1}],
    "structures": []})";
  try {
    parseCatalog(text, "catalog.json");
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_NE(
        std::string(e.what()).find("layers[0].id: unknown layer \"deep_rotator\" (did you mean \"deep_rotators\"?)"),
        std::string::npos)
        << e.what();
  }
}

TEST(Layers, HighlightCoversTheSelectionAndTheDeepMusclesOnRequest) {
  const Catalog catalog = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  const auto layers = partLayers(model, &catalog);
  Settings settings;
  auto highlightedNames = [&] {
    std::vector<std::string> names;
    const auto flags = highlightedParts(model, layers, settings);
    for (std::size_t i = 0; i < flags.size(); ++i)
      if (flags[i]) names.push_back(model.parts[i].name);
    std::sort(names.begin(), names.end());
    return names;
  };
  EXPECT_TRUE(highlightedNames().empty());
  settings.select = "psoas_major_l";
  EXPECT_EQ(highlightedNames(), std::vector<std::string>{"psoas_major_l"});
  settings.select.clear();
  settings.highlightDeep = true;
  const auto deep = highlightedNames();
  for (const char* name : {"piriformis_l", "piriformis_r", "gemellus_superior_r", "obturator_internus_l",
                           "quadratus_femoris_r", "gluteus_medius_l", "gluteus_minimus_r"})
    EXPECT_TRUE(std::binary_search(deep.begin(), deep.end(), name)) << name;
  for (const char* name : {"gluteus_maximus_l", "sciatic_nerve_r", "psoas_major_l", "femur_l"})
    EXPECT_FALSE(std::binary_search(deep.begin(), deep.end(), name)) << name;
}

TEST(Layers, NamesFollowTheNamingMode) {
  const Catalog catalog = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Structure& piriformis = *catalog.find("piriformis_r");
  EXPECT_EQ(displayName(piriformis, NameMode::Both), "Piriformis (deep butt muscle), right");
  EXPECT_EQ(displayName(piriformis, NameMode::Clinical), "Piriformis, right");
  EXPECT_EQ(displayName(piriformis, NameMode::Lay), "piriformis (deep butt muscle), right");
  EXPECT_EQ(displayName(piriformis, NameMode::Lay, NameWording::Formal), "piriformis (deep buttock muscle), right");
  EXPECT_EQ(displayName(*catalog.find("sacrum"), NameMode::Clinical), "Sacrum");
}

namespace {

std::vector<LayerId> allLayers() {
  std::vector<LayerId> layers;
  for (std::size_t i = 0; i < kLayerCount; ++i) layers.push_back(static_cast<LayerId>(i));
  return layers;
}

float opacityOf(LayerId id, const Settings& s, bool lit = false) {
  const auto layers = allLayers();
  std::vector<char> highlighted(layers.size(), 0);
  highlighted[static_cast<std::size_t>(id)] = lit;
  return partOpacity(layers, highlighted, s)[static_cast<std::size_t>(id)];
}

}  // namespace

TEST(Layers, OpacityComesFromTheLayerAndHiddenMeansZero) {
  Settings s;
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Thigh, s), 1.0f);
  OptionRegistry::instance().apply(s, "layers.thigh.opacity=0.3");
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Thigh, s), 0.3f);
  OptionRegistry::instance().apply(s, "layers.thigh.visible=false");
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Thigh, s), 0.0f);
}

TEST(Layers, PeelFadesFromTheOutsideInAndNeverTheBones) {
  // Six layers peel: the skin, then the five muscle layers. Peel level k (of six) has taken the first k.
  constexpr float kLevel = 1.0f / 6.0f;
  Settings s;
  s.render.peel = 0.5f * kLevel;  // half-way through the first (outermost) layer, the skin
  EXPECT_NEAR(opacityOf(LayerId::Skin, s), 0.5f * kSkinGhostOpacity, 1e-5f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::SuperficialGlutes, s), 1.0f);
  s.render.peel = kLevel;  // level 1: the skin is gone, the gluteals still all there
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Skin, s), 0.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::SuperficialGlutes, s), 1.0f);
  s.render.peel = 1.5f * kLevel;
  EXPECT_NEAR(opacityOf(LayerId::SuperficialGlutes, s), 0.5f, 1e-5f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::LowBack, s), 1.0f);
  s.render.peel = 3.5f * kLevel;
  EXPECT_FLOAT_EQ(opacityOf(LayerId::SuperficialGlutes, s), 0.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::LowBack, s), 0.0f);
  EXPECT_NEAR(opacityOf(LayerId::Thigh, s), 0.5f, 1e-5f);
  EXPECT_NEAR(opacityOf(LayerId::Calf, s), 0.5f, 1e-5f);  // the leg's outer layer, with the thigh's
  EXPECT_FLOAT_EQ(opacityOf(LayerId::DeepRotators, s), 1.0f);
  s.render.peel = 1.0f;
  for (LayerId id : {LayerId::Skin, LayerId::SuperficialGlutes, LayerId::LowBack, LayerId::Thigh, LayerId::Calf,
                     LayerId::HipFlexors, LayerId::DeepRotators})
    EXPECT_FLOAT_EQ(opacityOf(id, s), 0.0f) << enumName(id);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Ligaments, s), 1.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Bones, s), 1.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Nerves, s), 1.0f);
}

TEST(Layers, TheSkinIsGhostedByDefaultAndEverythingElseSolid) {
  Settings s;
  EXPECT_GT(opacityOf(LayerId::Skin, s), 0.0f);   // drawn: the patient sees the body's outline
  EXPECT_LE(opacityOf(LayerId::Skin, s), 0.25f);  // faint, like an X-ray's soft tissue
  for (LayerId id :
       {LayerId::SuperficialGlutes, LayerId::DeepRotators, LayerId::Ligaments, LayerId::Nerves, LayerId::Bones})
    EXPECT_FLOAT_EQ(opacityOf(id, s), 1.0f) << enumName(id);
  // Made solid on purpose, it is solid; X-ray ghosts it again.
  OptionRegistry::instance().apply(s, "layers.skin.opacity=1");
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Skin, s), 1.0f);
  s.render.xray = true;
  EXPECT_LT(opacityOf(LayerId::Skin, s), 0.5f);
}

TEST(Layers, XrayGhostsMusclesButNotHighlightsBonesOrNerves) {
  Settings s;
  s.render.xray = true;
  EXPECT_LT(opacityOf(LayerId::SuperficialGlutes, s), 0.5f);
  EXPECT_LT(opacityOf(LayerId::DeepRotators, s), 0.5f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::DeepRotators, s, /*lit=*/true), 1.0f);
  EXPECT_LT(opacityOf(LayerId::Skin, s), 0.5f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Ligaments, s), 1.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Bones, s), 1.0f);
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Nerves, s), 1.0f);
}

TEST(Layers, DeepHighlightGhostsTheGluteusMaximusOverIt) {
  Settings s;
  s.highlightDeep = true;
  EXPECT_LT(opacityOf(LayerId::SuperficialGlutes, s), 0.5f);                      // gluteus maximus (not lit)
  EXPECT_FLOAT_EQ(opacityOf(LayerId::SuperficialGlutes, s, /*lit=*/true), 1.0f);  // medius, minimus
  EXPECT_FLOAT_EQ(opacityOf(LayerId::Thigh, s), 1.0f);
}

TEST(Layers, PresetsApplyTheirOptionsAndLaterSetsWin) {
  Settings s;
  const auto& r = OptionRegistry::instance();
  r.apply(s, "preset=under_glutes");
  EXPECT_EQ(s.camera.view, ViewPreset::Posterior);
  EXPECT_TRUE(s.highlightDeep);
  EXPECT_LT(s.layers[static_cast<std::size_t>(LayerId::SuperficialGlutes)].opacity, 0.5f);
  EXPECT_EQ(r.get(s, "preset"), "under_glutes");
  r.apply(s, "camera.zoom=3");
  EXPECT_FLOAT_EQ(s.camera.zoom, 3.0f);
  r.apply(s, "preset=sciatic_nerve");
  EXPECT_TRUE(s.render.xray);
  EXPECT_EQ(s.select, "piriformis_r");
}

TEST(Layers, HiddenAndIsolateNameStructuresWithOrWithoutTheirSide) {
  const Catalog catalog = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Model model = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  const auto layers = partLayers(model, &catalog);
  auto shown = [&](const Settings& s) {
    std::vector<std::string> names;
    const auto v = visibleParts(model, layers, s);
    for (std::size_t i = 0; i < v.size(); ++i)
      if (v[i]) names.push_back(model.parts[i].name);
    return names;
  };
  Settings s;
  s.hidden = "gluteus_maximus,piriformis_r";
  auto names = shown(s);
  EXPECT_EQ(names.size(), model.parts.size() - 3);
  for (const char* gone : {"gluteus_maximus_l", "gluteus_maximus_r", "piriformis_r"})
    EXPECT_EQ(std::count(names.begin(), names.end(), gone), 0) << gone;
  EXPECT_EQ(std::count(names.begin(), names.end(), "piriformis_l"), 1);
  s = Settings{};
  s.isolate = "psoas_major";
  EXPECT_EQ(shown(s), (std::vector<std::string>{"psoas_major_l", "psoas_major_r"}));
  EXPECT_EQ(splitIds("a,,b,"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(namesPart("femur", "femur_l"));
  EXPECT_FALSE(namesPart("femur", "femur_lx"));
  EXPECT_FALSE(namesPart("femu", "femur_l"));
}
