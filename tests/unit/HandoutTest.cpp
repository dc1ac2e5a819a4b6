// The handout's paper follows the locale (Letter where that country uses it), and its PDF is one
// page holding the text it was given.
#include <gtest/gtest.h>

#include "recording/HandoutPdf.hpp"

using namespace hipscope;

TEST(Handout, PaperFollowsTheLocalesCountry) {
  EXPECT_STREQ(paperForLocale("en_US.UTF-8").name, "Letter");
  EXPECT_STREQ(paperForLocale("es_MX.UTF-8").name, "Letter");
  EXPECT_STREQ(paperForLocale("fr_CA").name, "Letter");
  EXPECT_STREQ(paperForLocale("de_DE.UTF-8").name, "A4");
  EXPECT_STREQ(paperForLocale("en_GB.UTF-8").name, "A4");
  EXPECT_STREQ(paperForLocale("es_ES").name, "A4");
  EXPECT_STREQ(paperForLocale("C").name, "A4");
  EXPECT_STREQ(paperFor(HandoutPaper::Letter).name, "Letter");
  EXPECT_STREQ(paperFor(HandoutPaper::A4).name, "A4");
}

TEST(Handout, ThePdfIsOnePageOfTheAskedSize) {
  HandoutPage page;
  page.title = "A tight piriformis";
  page.explanation = "What your therapist showed you.";
  Image picture{4, 3, std::vector<std::uint8_t>(4 * 3 * 4, 200)};
  page.pictures = {picture, picture, picture};
  for (int i = 0; i < 40; ++i) page.items.push_back({"Structure " + std::to_string(i), std::string(300, 'x')});
  const std::string pdf = handoutPdf(page, kLetter);
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.find("/MediaBox [ 0 0 612 792 ]"), std::string::npos);
  std::size_t pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
    pages += pdf.compare(at, 12, "/Type /Pages") != 0;
  EXPECT_EQ(pages, 1u) << "forty structures still make one page: what does not fit is left out";
}
