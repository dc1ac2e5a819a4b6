// Importing in a worker process: a model comes back whole; a broken file, a crash, a hang, a runaway
// allocation or a garbled answer each become one line naming the file, and the caller goes on.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "base/Error.hpp"
#include "scene/IsolatedImport.hpp"
#include "scene/ModelLoader.hpp"
#include "scene/ModelWire.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

namespace {

std::string importError(const fs::path& file, const fs::path& worker, const ImportLimits& limits = {}) {
  try {
    loadModelIsolated(file, worker, limits);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

const fs::path kWorker = HIPSCOPE_IMPORT_WORKER;
const fs::path kData = HIPSCOPE_TEST_DATA;

}  // namespace

TEST(ModelWire, RoundTripsAndRejectsAnythingNotWhole) {
  const Model model = loadModel(kData / "lod.obj");
  const std::vector<std::uint8_t> bytes = encodeModel(model);
  const std::optional<Model> back = decodeModel(bytes);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->parts.size(), model.parts.size());
  EXPECT_EQ(back->parts[0].name, model.parts[0].name);
  EXPECT_EQ(back->parts[0].indices, model.parts[0].indices);
  EXPECT_EQ(back->parts[0].lods.size(), 1u);
  EXPECT_EQ(back->parts[0].variants.size(), 1u);
  EXPECT_EQ(back->bounds.max, model.bounds.max);
  for (std::size_t cut : {std::size_t(0), std::size_t(3), bytes.size() / 2, bytes.size() - 1})
    EXPECT_FALSE(
        decodeModel(std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut))))
        << cut;
  std::vector<std::uint8_t> longer = bytes;
  longer.push_back(0);
  EXPECT_FALSE(decodeModel(longer));  // trailing bytes: not what the worker wrote
  std::vector<std::uint8_t> absurd = bytes;
  absurd[8] = 0xff, absurd[9] = 0xff, absurd[10] = 0xff, absurd[11] = 0xff;  // the source name's length
  EXPECT_FALSE(decodeModel(absurd));
  // Textures travel whole; one whose size and pixels disagree, or a part naming one that is not
  // there, is refused.
  Model textured = model;
  textured.textures.push_back({2, 1, {255, 0, 0, 255, 0, 255, 0, 255}});
  textured.parts[0].texture = 0;
  const std::optional<Model> withTexture = decodeModel(encodeModel(textured));
  ASSERT_TRUE(withTexture);
  EXPECT_EQ(withTexture->textures.at(0).rgba, textured.textures[0].rgba);
  EXPECT_EQ(withTexture->parts[0].texture, 0);
  Model wrongSize = textured;
  wrongSize.textures[0].height = 2;
  EXPECT_FALSE(decodeModel(encodeModel(wrongSize)));
  Model wrongIndex = textured;
  wrongIndex.parts[0].texture = 1;
  EXPECT_FALSE(decodeModel(encodeModel(wrongIndex)));
  // An index past the vertices is refused rather than trusted.
  Model bad = model;
  bad.parts[0].indices[0] = 999;
  EXPECT_FALSE(decodeModel(encodeModel(bad)));
}

TEST(IsolatedImport, AModelComesBackAsLoadedInProcess) {
  const Model direct = loadModel(kData / "tetrahedron.obj");
  const Model isolated = loadModelIsolated(kData / "tetrahedron.obj", kWorker);
  ASSERT_EQ(isolated.parts.size(), direct.parts.size());
  EXPECT_EQ(isolated.parts[0].vertices.size(), direct.parts[0].vertices.size());
  EXPECT_EQ(isolated.source, (kData / "tetrahedron.obj").string());
}

TEST(IsolatedImport, EveryFailureIsOneLineNamingTheFile) {
  const fs::path model = kData / "tetrahedron.obj";
  EXPECT_EQ(importError(kData / "garbage.glb", kWorker)
                .rfind("could not load " + (kData / "garbage.glb").string() + ": not a model file", 0),
            0u);
  EXPECT_EQ(importError(kData / "nope.obj", kWorker),
            "could not load " + (kData / "nope.obj").string() + ": no such file");
  EXPECT_EQ(importError(model, kData / "workers/crash.sh"),
            "could not load " + model.string() + ": the OBJ importer crashed (segmentation fault)");
  EXPECT_EQ(importError(model, kData / "workers/garbage.sh"),
            "could not load " + model.string() + ": the OBJ importer returned a damaged model");
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(importError(model, kData / "workers/hang.sh", {1, 4ull << 30}),
            "could not load " + model.string() + ": timed out after 1 s");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));  // abandoned, not waited for
  EXPECT_EQ(importError(model, kData / "workers/missing-worker"),
            "could not load " + model.string() + ": the importer " + (kData / "workers/missing-worker").string() +
                " could not be started (No such file or directory)");
  // The built-in model needs far more than 40 MiB to import (where the limit can be enforced; see
  // importMemoryLimitEnforced, it imports whole in sanitizer builds).
  const fs::path big = fs::path(HIPSCOPE_ASSET_DIR) / "hipscope.glb";
  if (importMemoryLimitEnforced())
    EXPECT_EQ(importError(big, kWorker, {30, 40ull << 20}),
              "could not load " + big.string() + ": ran out of memory (more than 40 MiB)");
  else
    EXPECT_EQ(importError(big, kWorker, {30, 40ull << 20}), "");
}

TEST(IsolatedImport, TheWorkerReadsUnitsAndUpAsAsked) {
  const Model m = loadModelIsolated(kData / "zup_mm.obj", kWorker, {}, nullptr, {ModelUnits::Centimetres, ModelUp::Z});
  EXPECT_NEAR(m.bounds.max.y, 10.0f, 1e-4f);  // 1000 cm
}

// The worker says how far it is: rising fractions through reading and processing, 1 once the model
// is back whole.
TEST(IsolatedImport, ProgressRisesToOneAsTheWorkerGoes) {
  std::vector<float> heard;
  loadModelIsolated(HIPSCOPE_ASSET_DIR "/hipscope.glb", kWorker, {}, nullptr, {}, [&](float f) { heard.push_back(f); });
  ASSERT_GE(heard.size(), 4u);
  for (std::size_t i = 1; i < heard.size(); ++i) EXPECT_GT(heard[i], heard[i - 1]);
  EXPECT_GT(heard.front(), 0.0f);
  EXPECT_TRUE(
      std::any_of(heard.begin(), heard.end(), [](float f) { return f > 0.3f && f < 0.9f; }));  // Assimp's own steps
  EXPECT_EQ(heard.back(), 1.0f);

  heard.clear();  // a file that cannot be read never reaches 1
  EXPECT_THROW(loadModelIsolated(kData / "garbage.glb", kWorker, {}, nullptr, {}, [&](float f) { heard.push_back(f); }),
               UserError);
  EXPECT_TRUE(std::none_of(heard.begin(), heard.end(), [](float f) { return f >= 1.0f; }));
}
