// The handout's page, laid out in points with Pango and drawn with cairo into a PDF.
#include "recording/HandoutPdf.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "base/Error.hpp"
#include "base/Translate.hpp"
#include "base/UserConfig.hpp"

namespace hipscope {
namespace {

constexpr double kMargin = 48.0, kGap = 12.0;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Draws `text` wrapped to `width` at (x, y) (or only measures it, when `draw` is false); returns its height.
double paragraph(cairo_t* cr, const std::string& text, const char* font, double x, double y, double width,
                 double grey = 0.1, bool draw = true) {
  if (text.empty()) return 0.0;
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* description = pango_font_description_from_string(font);
  pango_layout_set_font_description(layout, description);
  pango_font_description_free(description);
  pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(layout, text.c_str(), -1);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  if (draw) {
    cairo_set_source_rgb(cr, grey, grey, grey + 0.02);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
  }
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

// An RGBA image (straight alpha, top row first) fitted into the box, aspect kept; returns its height.
double picture(cairo_t* cr, const Image& image, double x, double y, double width, double maxHeight) {
  if (image.width <= 0 || image.height <= 0) return 0.0;
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int row = 0; row < image.height; ++row)
    for (int col = 0; col < image.width; ++col) {
      const std::uint8_t* p = &image.rgba[(static_cast<std::size_t>(row) * image.width + col) * 4];
      const unsigned a = p[3];
      std::uint32_t* out = reinterpret_cast<std::uint32_t*>(data + row * stride) + col;  // premultiplied ARGB
      *out = (a << 24) | ((p[0] * a / 255) << 16) | ((p[1] * a / 255) << 8) | (p[2] * a / 255);
    }
  cairo_surface_mark_dirty(surface);
  const double scale = std::min(width / image.width, maxHeight / image.height);
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, surface, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(surface);
  return image.height * scale;
}

}  // namespace

PaperSize paperForLocale(const std::string& locale) {
  // Countries whose paper is Letter (CLDR's paper-size data).
  static constexpr std::array<std::string_view, 12> kLetter{"_US", "_CA", "_MX", "_PH", "_CL", "_CO",
                                                            "_VE", "_PR", "_GT", "_CR", "_PA", "_SV"};
  for (std::string_view country : kLetter)
    if (locale.find(country) != std::string::npos) return hipscope::kLetter;
  return kA4;
}

PaperSize paperFor(HandoutPaper paper) {
  if (paper == HandoutPaper::A4) return kA4;
  if (paper == HandoutPaper::Letter) return kLetter;
  for (const char* variable : {"LC_ALL", "LC_PAPER", "LANG"})
    if (const char* value = std::getenv(variable); value && *value) return paperForLocale(value);
  return kA4;
}

std::string handoutPdf(const HandoutPage& page, const PaperSize& paper) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &bytes, paper.width, paper.height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, page.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Hipscope");
  cairo_t* cr = cairo_create(surface);
  const double width = paper.width - 2 * kMargin;
  double y = kMargin;

  // The clinic at the top: logo left, name beside it, the date on the right.
  double top = 0.0;
  double nameX = kMargin;
  if (page.logo && page.logo->width > 0) {
    top = picture(cr, *page.logo, kMargin, y, width * 0.25, 40.0);
    nameX += static_cast<double>(page.logo->width) * (top / page.logo->height) + kGap;
  }
  top = std::max(top, paragraph(cr, page.clinic, "DejaVu Sans Bold 12", nameX, y + 8, width * 0.5));
  paragraph(cr, page.date, "DejaVu Sans 9", kMargin + width * 0.7, y + 10, width * 0.3, 0.4);
  y += std::max(top, 24.0) + kGap;

  y += paragraph(cr, page.title, "DejaVu Sans Bold 17", kMargin, y, width) + kGap;
  if (!page.pictures.empty()) {
    const double h = picture(cr, page.pictures[0], kMargin, y, width, paper.height * 0.24);
    y += h + 3;
    if (!page.captions.empty())
      y += paragraph(cr, page.captions[0], "DejaVu Sans Oblique 8.5", kMargin, y, width, 0.35);
    y += kGap * 0.5;
    const std::size_t rest = page.pictures.size() - 1;
    if (rest > 0) {
      const double each = (width - kGap * static_cast<double>(rest - 1)) / static_cast<double>(rest);
      double tallest = 0.0, below = 0.0;
      for (std::size_t i = 0; i < rest; ++i) {
        const double x = kMargin + static_cast<double>(i) * (each + kGap);
        const double h2 = picture(cr, page.pictures[i + 1], x, y, each, paper.height * 0.12);
        tallest = std::max(tallest, h2);
        if (i + 1 < page.captions.size())
          below = std::max(below,
                           paragraph(cr, page.captions[i + 1], "DejaVu Sans Oblique 8.5", x, y + h2 + 3, each, 0.35));
      }
      y += tallest + 3 + below + kGap;
    }
  }
  y += paragraph(cr, page.explanation, "DejaVu Sans 10.5", kMargin, y, width) + kGap;
  if (!page.stretchTitle.empty()) {
    y += paragraph(cr, page.stretchTitle, "DejaVu Sans Bold 12", kMargin, y, width) + 4;
    for (const std::string& step : page.stretchSteps)
      y += paragraph(cr, "\u2022 " + step, "DejaVu Sans 9.5", kMargin + 4, y, width - 4) + 3;
    y += kGap;
  }
  if (!page.items.empty()) {
    y += paragraph(cr, tr("What is involved"), "DejaVu Sans Bold 12", kMargin, y, width) + 4;
    for (const HandoutItem& item : page.items) {
      const double needs = paragraph(cr, item.name, "DejaVu Sans Bold 10", 0, 0, width, 0, false) + 1 +
                           paragraph(cr, item.why, "DejaVu Sans 9", 0, 0, width - 10, 0, false);
      if (y + needs > paper.height - kMargin) break;  // one page: what does not fit is left out
      y += paragraph(cr, item.name, "DejaVu Sans Bold 10", kMargin, y, width) + 1;
      y += paragraph(cr, item.why, "DejaVu Sans 9", kMargin + 10, y, width - 10, 0.2) + 5;
    }
  }
  paragraph(cr,
            tr("Made with Hipscope. This sheet explains what your therapist showed you; it does not replace their "
               "advice."),
            "DejaVu Sans 7.5", kMargin, paper.height - kMargin * 0.75, width, 0.45);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw UserError(std::string("could not draw the handout: ") + cairo_status_to_string(status));
  return bytes;
}

void writeHandout(const HandoutPage& page, const PaperSize& paper, const std::filesystem::path& path) {
  writeFileAtomically(path, handoutPdf(page, paper));
}

}  // namespace hipscope
