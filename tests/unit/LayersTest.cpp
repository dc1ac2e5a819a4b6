// Layers: parts map to their catalog layer (or Other), and hiding a layer hides exactly its parts.
#include <gtest/gtest.h>

#include "anatomy/Layers.hpp"
#include "options/Error.hpp"
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
  const std::vector<char> visible = visibleParts(layers, settings);
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
  EXPECT_EQ(visibleParts(layers, settings), std::vector<char>{0});
}

TEST(Layers, CatalogRejectsAnUnknownLayerId) {
  const std::string text = R"({"version": 1, "layers": [{"id": "deep_rotator", "clinical": "x", "lay": "y", "peel_order": 1}],
    "structures": []})";
  try {
    parseCatalog(text, "catalog.json");
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("layers[0].id: unknown layer \"deep_rotator\" (did you mean \"deep_rotators\"?)"),
              std::string::npos) << e.what();
  }
}
