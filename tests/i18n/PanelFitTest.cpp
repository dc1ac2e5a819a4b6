// The panel's "Where does it hurt?" and "Self-care stretch" fit the panel in English, German and
// Spanish (issue 17): no candidate's name, stretch target or step runs past the panel's right edge, and
// the stretch box shows a name that fits it. A model without a skin says so where the pain would be
// painted (issue 15). The panel is laid out by Dear ImGui without a renderer, in the app's font.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>  // the panel window's extent

#include "anatomy/Catalog.hpp"
#include "anatomy/PainMap.hpp"
#include "base/Translate.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Stretches.hpp"
#include "ui/Panel.hpp"
#include "ui/WrapText.hpp"

namespace hipscope {
namespace {

const bool kLocale = [] { return setenv("HIPSCOPE_LOCALE_DIR", HIPSCOPE_LOCALE_DIR, 1) == 0; }();
constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
std::string logged;  // the panel's text, as ImGui's log gives it

const Catalog& catalog() {
  static const Catalog c = loadCatalog(std::string(HIPSCOPE_ASSET_DIR) + "/catalog.json");
  return c;
}

// A context with the panel's font (ui/ImGuiLayer.cpp: DejaVu Sans, 15 px, the same ranges) and no
// backend: widgets are laid out and nothing is drawn.
class PanelLayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(kLocale);
    ASSERT_TRUE(std::filesystem::exists(kFont)) << kFont;
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.SetClipboardTextFn = [](void*, const char* text) { logged += text; };
    io.DisplaySize = ImVec2(1366, 768);
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2190, 0x2193, 0};
    io.Fonts->AddFontFromFileTTF(kFont, 15.0f, nullptr, ranges);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  void TearDown() override {
    if (context_) ImGui::DestroyContext(context_);
    useLanguage("en");
  }

  // Draws the panel as the window does on a 1366 px wide screen `height` tall (three frames: the scroll
  // bar comes in the second); returns its text as ImGui logs it (only what is on screen is drawn, so a
  // tall screen shows it all), and in `overflow` how far its widest item runs past the panel's right
  // edge (<= 0: within).
  std::string draw(Settings& settings, const PanelInfo& info, float& overflow, float height = 768.0f) {
    const float width = panelWidth(1.0f);
    ImGui::GetIO().DisplaySize = ImVec2(1366.0f, height);
    PanelFields fields;
    PanelActions actions;
    logged.clear();
    for (int frame = 0; frame < 3; ++frame) {
      ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      // ImGui hands its log to the clipboard when the panel's window ends; 0: no closed header opened for it.
      if (frame == 2) ImGui::LogToClipboard(0);
      drawPanel(settings, info, {1366.0f - width, 0.0f, width, height}, &fields, &actions);
      if (frame == 2) {
        const ImGuiWindow* panel = ImGui::FindWindowByName("Hipscope");
        overflow = panel->DC.CursorMaxPos.x - panel->WorkRect.Max.x;
      }
      ImGui::Render();
    }
    return logged;
  }
  // The whole panel's text, on a screen tall enough for all of it.
  std::string text(Settings& settings, const PanelInfo& info) {
    float overflow = 0;
    return draw(settings, info, overflow, 8000.0f);
  }

  ImGuiContext* context_ = nullptr;
};

// The panel as describeForPanel fills it: the ranked sources of the pain in the chosen names, and the
// stretch's targets with their lengthening (the figures stand in for the measured ones).
PanelInfo painAndStretch(const Settings& settings) {
  useLanguage(enumName(settings.ui.language));
  PanelInfo info;
  info.painZones = true;
  const PainAnalysis pain = analysePain(catalog(), parsePainSites(settings.painSites));
  info.painPattern = pain.pattern;
  for (const PainCandidate& c : pain.candidates)
    if (const Structure* s = catalog().find(c.id))
      info.pain.push_back({c.id, displayName(*s, settings.names, settings.nameWording), c.why, c.nerve});
  for (const std::string& id : stretchTargets(static_cast<std::size_t>(settings.stretch), settings.stretchSide))
    if (const Structure* s = catalog().find(id)) {
      char text[256];
      std::snprintf(text, sizeof text, tr("%s: %d %% longer"), displayName(*s, NameMode::Both).c_str(), 21);
      info.stretchLines.emplace_back(text);
    }
  return info;
}

TEST_F(PanelLayoutTest, PainAndEveryStretchFitThePanelInEachLanguage) {
  for (const char* language : {"en", "de", "es"}) {
    for (std::size_t k = 1; k < stretches().size(); ++k) {
      Settings s;
      OptionRegistry::instance().set(s, "ui.language", language, "test");
      OptionRegistry::instance().set(s, "stretch", std::string(stretches()[k].name), "test");
      // Buttock, back of the thigh and calf: the longest names among the candidates (the biceps
      // femoris' short head, the L5-S1 disc).
      OptionRegistry::instance().set(s, "pain.sites", "buttock_r,posterior_thigh_r,calf_r", "test");
      const PanelInfo info = painAndStretch(s);
      ASSERT_GE(info.pain.size(), 4u);
      float overflow = 0;
      draw(s, info, overflow);
      EXPECT_LE(overflow, 0.5f) << language << ", " << stretches()[k].name << ": " << overflow << " px past the edge";
      const std::string all = text(s, info);
      for (const PainRow& row : info.pain) {
        // A nerve's candidate says so (the piriformis is listed twice: on the nerve, and for its own ache).
        const std::string name = row.name + (row.nerve ? tr(": pressing on a nerve") : "");
        EXPECT_NE(all.find(name), std::string::npos) << name;
      }
      EXPECT_TRUE(std::any_of(info.pain.begin(), info.pain.end(), [](const PainRow& r) { return r.nerve; }));
      EXPECT_NE(all.find(info.painPattern), std::string::npos) << info.painPattern;
    }
  }
}

TEST_F(PanelLayoutTest, TheStretchBoxShowsANameThatFitsIt) {
  ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();  // the font measures from here on
  // The box's room in the panel with its scroll bar: the panel less its padding, the arrow, the frame's.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = panelWidth(1.0f) - 2 * style.WindowPadding.x - style.ScrollbarSize - ImGui::GetFrameHeight() -
                     2 * style.FramePadding.x;
  for (const char* language : {"en", "de", "es"}) {
    useLanguage(language);
    for (const Stretch& st : stretches()) {
      const std::string name = tr(std::string(st.label));
      const std::string shown = fittedLabel(name, room, imguiTextWidth);
      EXPECT_LE(imguiTextWidth(shown), room) << language << ": " << shown;
      EXPECT_EQ(name.rfind(shown.substr(0, shown.find("\xE2\x80\xA6")), 0), 0u)
          << shown << " is not how " << name << " begins";
    }
  }
  useLanguage("es");  // the longest: "Estiramiento de los flexores de la cadera (parte delantera de la cadera)"
  const std::string hip = tr(std::string(stretches()[2].label));
  EXPECT_GT(imguiTextWidth(hip), room);
  EXPECT_NE(fittedLabel(hip, room, imguiTextWidth), hip);
  ImGui::EndFrame();
}

TEST_F(PanelLayoutTest, AModelWithoutASkinSaysSoWhereThePainIsPainted) {
  for (const char* language : {"en", "de"}) {
    Settings s;
    OptionRegistry::instance().set(s, "ui.language", language, "test");
    useLanguage(language);
    const std::string note =
        tr("This model has no skin divided into zones, so the pain cannot be painted or "
           "ticked on it. The built-in model has one.");
    PanelInfo info;
    EXPECT_NE(text(s, info).find(note), std::string::npos) << language;
    info.painZones = true;
    EXPECT_EQ(text(s, info).find(note), std::string::npos) << language;
    if (std::string(language) == "de") EXPECT_NE(note.find("Haut"), std::string::npos) << note;  // translated
  }
}

// Whole, before the bracket, or cut at a character (never inside one) with an ellipsis.
float bytes(std::string_view text) { return static_cast<float>(text.size()); }

TEST(FittedLabel, WholeThenBeforeTheBracketThenCutAtACharacter) {
  EXPECT_EQ(fittedLabel("Piriformis stretch (deep buttock muscle)", 40, bytes),
            "Piriformis stretch (deep buttock muscle)");
  EXPECT_EQ(fittedLabel("Piriformis stretch (deep buttock muscle)", 39, bytes), "Piriformis stretch");
  EXPECT_EQ(fittedLabel("Piriformis stretch (deep buttock muscle)", 14, bytes), "Piriformis\xE2\x80\xA6");
  EXPECT_EQ(fittedLabel("Gesäßdehnung (Knie)", 10, bytes), "Gesäß\xE2\x80\xA6");  // ä, ß: two bytes, … three
  EXPECT_EQ(fittedLabel("Gesäßdehnung (Knie)", 9, bytes), "Gesä\xE2\x80\xA6");    // not half a ß
  EXPECT_EQ(fittedLabel("Gesäßdehnung (Knie)", 7, bytes), "Ges\xE2\x80\xA6");     // not half an ä
}

}  // namespace
}  // namespace hipscope
