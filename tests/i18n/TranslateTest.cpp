// ui.language chooses the patient's language: the caption of a scenario and the structures' names in
// German, Spanish or English, English where a text has no translation.
#include <gtest/gtest.h>

#include <cstdlib>

#include "anatomy/Catalog.hpp"
#include "base/Error.hpp"
#include "base/Translate.hpp"
#include "options/OptionRegistry.hpp"
#include "ui/PanelInfo.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {
namespace {

// The build tree's catalogs (the test binary sits deeper than the app).
const bool kLocale = [] { return setenv("HIPSCOPE_LOCALE_DIR", HIPSCOPE_LOCALE_DIR, 1) == 0; }();

Settings withLanguage(const char* language) {
  Settings s;
  OptionRegistry::instance().set(s, "scenario", "piriformis", "test");
  OptionRegistry::instance().set(s, "ui.language", language, "test");
  return s;
}

const Catalog& catalog() {
  static const Catalog c = loadCatalog(std::string(HIPSCOPE_ASSET_DIR) + "/catalog.json");
  return c;
}

// The names as the labels, the panel and the card say them, in the settings' language.
std::string named(const Settings& s, const char* id, NameMode mode = NameMode::Lay) {
  useLanguage(enumName(s.ui.language));
  return displayName(*catalog().find(id), mode, s.nameWording);
}

TEST(Translate, GermanCaptionAndNames) {
  ASSERT_TRUE(kLocale);
  const Settings s = withLanguage("de");
  EXPECT_EQ(captionOf(s),
            "Ein verspannter Piriformis drückt auf den Ischiasnerv darunter, und der Schmerz zieht ins Bein.");
  EXPECT_EQ(languageInUse(), "de");
  EXPECT_EQ(named(s, "piriformis_r"), "Piriformis (tiefer Gesäßmuskel), rechts");
  EXPECT_EQ(named(s, "sciatic_nerve_l"), "Ischiasnerv, der große Beinnerv, links");
  EXPECT_EQ(named(s, "sacrum"), "Kreuzbein");
  EXPECT_EQ(named(s, "coccyx"), "Steißbein");
  EXPECT_EQ(named(s, "femur_l"), "Oberschenkelknochen, links");
  // The clinical name stays as it is; the plain one joins it.
  EXPECT_EQ(named(s, "gluteus_maximus_r", NameMode::Both), "Gluteus maximus (großer Gesäßmuskel), rechts");
  EXPECT_EQ(named(s, "psoas_major_l", NameMode::Clinical), "Psoas major, links");
  EXPECT_STREQ(tr("Why it hurts"), "Warum es weh tut");
}

TEST(Translate, SpanishCaptionAndNames) {
  const Settings s = withLanguage("es");
  EXPECT_EQ(captionOf(s),
            "Un piriforme tenso presiona el nervio ciático que pasa por debajo y el dolor baja por la pierna.");
  EXPECT_EQ(languageInUse(), "es");
  EXPECT_EQ(named(s, "gluteus_maximus_l"), "músculo grande del glúteo, izquierdo");
  EXPECT_EQ(named(s, "sciatic_nerve_r"), "nervio ciático, el gran nervio de la pierna, derecho");
  EXPECT_EQ(named(s, "sacrum"), "sacro");
  EXPECT_EQ(named(s, "coccyx"), "coxis");
  EXPECT_EQ(named(s, "femur_r"), "fémur, derecho");
  EXPECT_STREQ(tr("Why it hurts"), "Por qué duele");
}

TEST(Translate, EnglishAsWritten) {
  const Settings s = withLanguage("en");
  EXPECT_EQ(captionOf(s), "A tight piriformis presses on the sciatic nerve beneath it, sending pain down the leg.");
  EXPECT_EQ(languageInUse(), "en");
  EXPECT_EQ(named(s, "piriformis_r"), "piriformis (deep butt muscle), right");
  EXPECT_EQ(named(s, "gluteus_maximus_r", NameMode::Both), "Gluteus maximus (big butt muscle), right");
}

TEST(Translate, SwitchingBackAndForthTakesEffectAtOnce) {
  EXPECT_EQ(named(withLanguage("de"), "sacrum"), "Kreuzbein");
  EXPECT_EQ(named(withLanguage("en"), "sacrum"), "base of the spine");
  EXPECT_EQ(named(withLanguage("es"), "sacrum"), "sacro");
  EXPECT_EQ(named(withLanguage("de"), "sacrum"), "Kreuzbein");
}

TEST(Translate, MissingTranslationFallsBackToEnglish) {
  useLanguage("de");
  EXPECT_STREQ(tr("a text no catalog has"), "a text no catalog has");
  EXPECT_STREQ(tr(""), "");  // not the catalog's header
  useLanguage("fr");         // no French catalog: English
  EXPECT_STREQ(tr("Why it hurts"), "Why it hurts");
  EXPECT_EQ(languageInUse(), "fr");
}

// $LANGUAGE as this process started (useLanguage sets it later).
const std::string kStartLanguage = std::getenv("LANGUAGE") ? std::getenv("LANGUAGE") : "";

TEST(Translate, SystemLanguageFromTheEnvironment) {
  // auto: $LANGUAGE as the process started, else the first of $LC_ALL, $LC_MESSAGES, $LANG; a locale
  // the system has not generated still works (only the catalog is needed).
  useLanguage("en");
  if (!kStartLanguage.empty() && kStartLanguage != "en") {
    // $LANGUAGE, as the process started, wins over every LC_ variable: that is what "auto" follows.
    const std::string list = kStartLanguage, first = list.substr(0, list.find(':'));
    const std::string code = first.substr(0, first.find_first_of("_.@"));
    setenv("LC_ALL", "C", 1);  // would say English, were $LANGUAGE not first
    useLanguage("auto");
    EXPECT_EQ(languageInUse(), code.empty() || code == "C" ? "en" : code) << "LANGUAGE=" << list;
    unsetenv("LC_ALL");
    useLanguage("en");
    return;
  }
  const char* names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  std::string saved[3];
  for (int i = 0; i < 3; ++i) {
    const char* value = std::getenv(names[i]);
    saved[i] = value ? value : "";
    unsetenv(names[i]);
  }
  setenv("LANG", "es_ES.UTF-8", 1);
  useLanguage("auto");
  EXPECT_EQ(languageInUse(), "es");
  EXPECT_STREQ(tr("Why it hurts"), "Por qué duele");
  setenv("LC_MESSAGES", "de_AT.UTF-8", 1);  // before LANG
  useLanguage("de");
  useLanguage("auto");
  EXPECT_EQ(languageInUse(), "de");
  EXPECT_STREQ(tr("Why it hurts"), "Warum es weh tut");
  setenv("LC_ALL", "C", 1);  // C: English
  useLanguage("de");
  useLanguage("auto");
  EXPECT_EQ(languageInUse(), "en");
  EXPECT_STREQ(tr("Why it hurts"), "Why it hurts");
  for (int i = 0; i < 3; ++i) {
    if (saved[i].empty())
      unsetenv(names[i]);
    else
      setenv(names[i], saved[i].c_str(), 1);
  }
  useLanguage("en");
}

TEST(Translate, UnknownLanguageNamesTheClosest) {
  Settings s;
  try {
    OptionRegistry::instance().set(s, "ui.language", "ed", "--set");
    FAIL() << "accepted ed";
  } catch (const UserError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("ui.language"), std::string::npos) << what;
    EXPECT_NE(what.find("did you mean \"en\""), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace hipscope
