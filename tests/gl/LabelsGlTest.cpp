// Labels on the built-in anatomy: what a view names with nothing selected, each leader line ending on
// its own structure where it shows (the frame's id image), one side of a crowded pair; and the
// window's picker knowing when the view changed under a still cursor.
#include <algorithm>
#include <set>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "options/OptionRegistry.hpp"
#include "render/IdRenderer.hpp"
#include "view/Picker.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

struct Labelled {
  std::vector<LabelRequest> labels;
  IdImage ids;
};

Labelled labelsFor(const ViewScene& scene, const std::vector<std::pair<std::string, std::string>>& options) {
  Settings settings;
  settings.labels = true;
  settings.names = NameMode::Clinical;
  for (const auto& [key, value] : options) OptionRegistry::instance().set(settings, key, value, "test");
  const int w = 320, h = 180;
  const OrbitCamera camera = scene.cameraFor(settings, static_cast<float>(w) / h);
  const PartStyles st = scene.styles(settings, 0.4f);
  IdRenderer renderer;
  const std::vector<char> shown = ViewScene::pickable(st);
  renderer.render(*scene.gpu, camera, scene.radius(), w, h, &shown, &st.joints, &st.variant);
  Labelled out{{}, {w, h, renderer.readAll()}};
  out.labels = scene.labels(settings, st, camera, ScreenRect{0, 0, 640, 360}, &out.ids, 20.0f);
  return out;
}

std::vector<std::string> texts(const Labelled& l) {
  std::vector<std::string> out;
  for (const LabelRequest& r : l.labels) out.push_back(r.text);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_F(GlTest, WithNothingSelectedTheSciaticNerveIsNamedWhereItShows) {
  const ViewScene scene(builtInModel());
  const auto none = texts(labelsFor(scene, {{"labels", "false"}}));
  EXPECT_TRUE(none.empty());
  const Labelled plain = labelsFor(scene, {{"layers.superficial_glutes.visible", "false"}});
  const auto names = texts(plain);
  EXPECT_TRUE(has(names, "Sciatic nerve, left")) << names.size();
  EXPECT_TRUE(has(names, "Sciatic nerve, right"));  // two labels only: both sides
  EXPECT_EQ(names.size(), 2u);
  // Each line ends on its own structure's visible pixels.
  for (const LabelRequest& l : plain.labels) {
    const int x = static_cast<int>(l.anchor.x / 2), y = static_cast<int>(l.anchor.y / 2);
    const std::uint32_t id = plain.ids.ids[static_cast<std::size_t>(y * plain.ids.width + x)];
    ASSERT_GT(id, 0u) << l.text;
    EXPECT_EQ(scene.nameOf(id - 1, NameMode::Clinical), l.text);
  }
}

TEST_F(GlTest, AScenarioNamesItsTenseMusclesAndTheNerveOneSideEachWhenCrowded) {
  const ViewScene scene(builtInModel());
  const Labelled both = labelsFor(scene, {{"scenario", "both"}});
  const auto names = texts(both);
  ASSERT_GE(names.size(), 4u);
  EXPECT_LE(names.size(), kMaxLabels);
  EXPECT_TRUE(has(names, "Piriformis, right")) << "the tightest muscle, on the pinched side";
  EXPECT_TRUE(has(names, "Sciatic nerve, right")) << "the pinched nerve";
  std::set<std::string> structures;
  for (const std::string& n : names)
    EXPECT_TRUE(structures.insert(n.substr(0, n.rfind(','))).second) << n << ": both sides";
  for (std::size_t i = 0; i < both.labels.size(); ++i)
    for (std::size_t j = i + 1; j < both.labels.size(); ++j)
      EXPECT_GE(glm::distance(both.labels[i].anchor, both.labels[j].anchor), 20.0f) << names[i] << " / " << names[j];
  // A structure under an opaque muscle is not named: the gluteus maximus hides the nerve from behind.
  EXPECT_FALSE(has(texts(labelsFor(scene, {{"view", "posterior"}, {"camera.zoom", "2.5"}})), "Piriformis, right"));
}

TEST_F(GlTest, ThePickerKnowsWhenTheViewChangedUnderAStillCursor) {
  const ViewScene scene(builtInModel());
  Settings settings;
  const PartStyles st = scene.styles(settings, 0.0f);
  OrbitCamera camera = scene.cameraFor(settings, 4.0f / 3.0f);
  const std::vector<char> shown = ViewScene::pickable(st);
  Picker picker;
  EXPECT_TRUE(picker.changed(camera, 160, 120, shown, st.joints, st.variant));  // never picked
  picker.pick(*scene.gpu, camera, scene.radius(), 160, 120, shown, st.joints, st.variant, 80, 60);
  EXPECT_FALSE(picker.changed(camera, 160, 120, shown, st.joints, st.variant));
  OrbitCamera turned = camera;
  turned.pose.yaw += 0.01f;  // a transition moved the camera a little
  EXPECT_TRUE(picker.changed(turned, 160, 120, shown, st.joints, st.variant));
  std::vector<char> fewer = shown;
  fewer[0] = 0;  // a key hid a structure
  EXPECT_TRUE(picker.changed(camera, 160, 120, fewer, st.joints, st.variant));
}
