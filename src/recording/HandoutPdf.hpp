// A one-page handout for the patient to take home, as PDF: a headline, pictures of what was shown,
// the plain explanation, the structures involved in plain words, and the clinic's name and logo.
// Drawn with cairo and Pango (fonts embedded), written atomically like every other output.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "base/Image.hpp"
#include "options/Enums.hpp"

namespace hipscope {

struct HandoutItem {
  std::string name;  // "Piriformis (deep butt muscle), right"
  std::string why;   // its part in the pain, in plain sentences
};

struct HandoutPage {
  std::string title;                      // the headline: the scenario's caption, or what is shown
  std::string explanation;                // a paragraph in plain words
  std::vector<Image> pictures;            // the first large, the others side by side below it
  std::vector<std::string> captions;      // one short line under each picture
  std::string stretchTitle;               // the self-care stretch shown, or ""
  std::vector<std::string> stretchSteps;  // how to do it and what it lengthens, in plain sentences
  std::vector<HandoutItem> items;         // the structures involved
  std::string clinic;                     // the clinic's name (record.watermark), or ""
  const Image* logo = nullptr;            // the clinic's logo, or none
  std::string date;                       // e.g. "1 December 2026"
};

// Page size in PDF points (1/72 inch).
struct PaperSize {
  double width, height;
  const char* name;
};
inline constexpr PaperSize kA4{595.276, 841.89, "A4"};
inline constexpr PaperSize kLetter{612.0, 792.0, "Letter"};

// Letter where the locale's country uses it (the United States, Canada, Mexico, the Philippines and
// a few others), else A4. `locale`: e.g. "en_US.UTF-8" (LC_PAPER, else LC_ALL, else LANG).
PaperSize paperForLocale(const std::string& locale);
// handout.paper: auto (the locale's), a4 or letter.
PaperSize paperFor(HandoutPaper paper);

// The PDF's bytes.
std::string handoutPdf(const HandoutPage& page, const PaperSize& paper);
// Writes it to `path` atomically; throws UserError naming the file.
void writeHandout(const HandoutPage& page, const PaperSize& paper, const std::filesystem::path& path);

}  // namespace hipscope
