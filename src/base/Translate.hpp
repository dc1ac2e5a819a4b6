// The patient's language: GNU gettext (libc's libintl) in the text domain "hipscope". tr() says a
// text in the language in use, English where the catalog has no translation; N_() only marks a
// text in a static table for xgettext (po/, `cmake --build build --target hipscope-pot`).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#define N_(text) text

namespace hipscope {

// The text in the language in use; the text itself when none is used or it is not translated.
// An empty text stays empty (gettext would answer the catalog's header).
const char* tr(const char* text);
std::string tr(const std::string& text);

// Uses a language from now on: "auto" (the system's: $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG, as
// gettext reads them), "en", "de", "es" or any code with a catalog. Cheap when it is already in use.
void useLanguage(std::string_view code);
// The language in use: "en", "de", "es" ("en" for a system in C/POSIX).
std::string languageInUse();

// Where the compiled catalogs (<dir>/<code>/LC_MESSAGES/hipscope.mo) are found: $HIPSCOPE_LOCALE_DIR,
// <binary dir>/locale (the build tree), <binary dir>/../locale (its tests), <binary dir>/../share/locale,
// /usr/share/locale.
std::filesystem::path localeDirectory();

}  // namespace hipscope
