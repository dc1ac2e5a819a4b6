// The skin over the built-in anatomy: drawn (ghosted by default) over the muscles, never picked: a
// click on a muscle seen through it picks the muscle, however solid the skin is made.
#include <algorithm>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "options/OptionRegistry.hpp"
#include "render/IdRenderer.hpp"
#include "view/Picker.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

std::size_t partIndex(const ViewScene& scene, const std::string& name) {
  const auto& parts = scene.model.parts;
  const auto it = std::find_if(parts.begin(), parts.end(), [&](const MeshPart& p) { return p.name == name; });
  EXPECT_NE(it, parts.end()) << name;
  return static_cast<std::size_t>(it - parts.begin());
}

}  // namespace

TEST_F(GlTest, AClickOnAMuscleSeenThroughTheSkinPicksTheMuscle) {
  const ViewScene scene(builtInModel());
  const std::size_t skin = partIndex(scene, "skin"), gluteus = partIndex(scene, "gluteus_maximus_l");
  const int w = 160, h = 120;
  for (const char* opacity : {"", "1"}) {  // as it is by default (ghosted), and made solid
    SCOPED_TRACE(*opacity ? "skin solid" : "skin as by default");
    Settings settings;
    if (*opacity) OptionRegistry::instance().set(settings, "layers.skin.opacity", opacity, "test");
    const PartStyles st = scene.styles(settings, 0.0f);
    ASSERT_TRUE(st.visible[skin]) << "the skin is shown";
    const OrbitCamera camera = scene.cameraFor(settings, static_cast<float>(w) / h);
    // The pixel over the middle of the left gluteus maximus, seen from behind (the default view).
    const glm::vec4 clip = camera.projection(scene.radius()) * camera.view() * glm::vec4(scene.centres[gluteus], 1.0f);
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    const int x = static_cast<int>((ndc.x * 0.5f + 0.5f) * w), y = static_cast<int>((0.5f - ndc.y * 0.5f) * h);
    ASSERT_TRUE(x > 0 && x < w && y > 0 && y < h) << x << ", " << y;
    // Everything drawn: the skin is what lies in front there.
    IdRenderer all;
    all.render(*scene.gpu, camera, scene.radius(), w, h, &st.visible, &st.joints, &st.variant);
    EXPECT_EQ(all.at(x, y), skin + 1) << "the skin covers the gluteus maximus";
    // The click goes through it.
    const std::vector<char> pickable = ViewScene::pickable(st);
    EXPECT_FALSE(pickable[skin]);
    Picker picker;
    const auto picked = picker.pick(*scene.gpu, camera, scene.radius(), w, h, pickable, st.joints, st.variant, x, y);
    ASSERT_TRUE(picked.has_value());
    EXPECT_EQ(scene.model.parts[*picked].name, "gluteus_maximus_l");
    IdRenderer ids;
    ids.render(*scene.gpu, camera, scene.radius(), w, h, &pickable, &st.joints, &st.variant);
    EXPECT_EQ(countCoverage(ids.readAll(), scene.model.parts.size()).pixels[skin], 0u) << "no pixel picks the skin";
  }
}
