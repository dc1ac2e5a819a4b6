// gettext in the domain "hipscope", its catalogs found beside the binary or installed. The language
// is chosen through $LANGUAGE (which gettext reads before the locale), so a language needs its
// catalog only, not a generated system locale; LC_MESSAGES is set from the system so that gettext
// does not ignore $LANGUAGE in the "C" locale, and the texts come back in UTF-8 whatever it is.
#include "base/Translate.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <mutex>
#include <optional>

namespace hipscope {
namespace fs = std::filesystem;
namespace {

constexpr const char* kDomain = "hipscope";

struct State {
  std::mutex mutex;
  bool bound = false;
  std::string requested;                // what useLanguage was last given
  std::string inUse = "en";             // resolved: "en", "de", ...
  std::optional<std::string> original;  // the process's own $LANGUAGE, for "auto"
  bool hadOriginal = false;
};

State& state() {
  static State s;
  return s;
}

// The system's language as gettext would pick it: $LANGUAGE, else the first of $LC_ALL,
// $LC_MESSAGES, $LANG that is set; "" for C/POSIX or nothing.
std::string systemLanguage(const State& s) {
  if (s.hadOriginal && s.original && !s.original->empty()) return *s.original;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    const std::string v = value;
    if (v == "C" || v == "POSIX" || v.rfind("C.", 0) == 0) return "";
    return v;
  }
  return "";
}

// "de_DE.UTF-8:en" -> "de"; "" -> "en".
std::string primaryCode(const std::string& list) {
  const std::string first = list.substr(0, list.find(':'));
  const std::string code = first.substr(0, first.find_first_of("_.@"));
  return code.empty() || code == "C" || code == "POSIX" ? "en" : code;
}

void bindOnce(State& s) {
  if (s.bound) return;
  s.bound = true;
  const char* language = std::getenv("LANGUAGE");
  s.hadOriginal = true;
  if (language) s.original = language;
  // Only messages follow the system: numbers keep their "." everywhere (files, options, the panel).
  if (!std::setlocale(LC_MESSAGES, "")) std::setlocale(LC_MESSAGES, "C.UTF-8");
  const char* now = std::setlocale(LC_MESSAGES, nullptr);
  if (!now || std::string(now) == "C" || std::string(now) == "POSIX") std::setlocale(LC_MESSAGES, "C.UTF-8");
  bindtextdomain(kDomain, localeDirectory().c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
}

}  // namespace

fs::path localeDirectory() {
  if (const char* env = std::getenv("HIPSCOPE_LOCALE_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path dir = ec ? fs::current_path() : exe.parent_path();
  for (const fs::path& candidate :
       {dir / "locale", dir / ".." / "locale", dir / ".." / "share" / "locale", fs::path("/usr/share/locale")})
    if (fs::exists(candidate / "de" / "LC_MESSAGES" / "hipscope.mo", ec)) return candidate;
  return "/usr/share/locale";
}

void useLanguage(std::string_view code) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  if (s.bound && s.requested == code) return;
  bindOnce(s);
  s.requested = code;
  const std::string list = code == "auto" ? systemLanguage(s) : std::string(code);
  s.inUse = primaryCode(list);
  if (list.empty())
    unsetenv("LANGUAGE");
  else
    setenv("LANGUAGE", list.c_str(), 1);
  textdomain(textdomain(nullptr));  // tells gettext that its catalogs changed: it forgets what it looked up
}

std::string languageInUse() {
  State& s = state();
  std::lock_guard lock(s.mutex);
  return s.inUse;
}

const char* tr(const char* text) {
  if (!text || !*text) return text;
  {
    State& s = state();
    std::lock_guard lock(s.mutex);
    bindOnce(s);
  }
  return dgettext(kDomain, text);
}

std::string tr(const std::string& text) { return text.empty() ? text : std::string(tr(text.c_str())); }

}  // namespace hipscope
