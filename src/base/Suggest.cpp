// Closest-name suggestions for error messages.
#include "base/Suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace hipscope {

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same =
          std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closestMatch(std::string_view word, std::span<const std::string> candidates) {
  std::string best;
  std::size_t bestDistance = std::string_view::npos;
  for (const std::string& candidate : candidates) {
    std::size_t d = editDistance(word, candidate);
    // A candidate that contains the word (or the reverse) is a strong hint: "fov" -> "camera.fov".
    if (d > 1 && !word.empty() &&
        (candidate.find(word) != std::string::npos || word.find(candidate) != std::string_view::npos))
      d = std::min<std::size_t>(d, 2);
    // Same group, and the last part names part of the option: "camera.yaw" -> "camera.orbit_yaw".
    const auto dot = word.rfind('.');
    if (d > 2 && dot != std::string_view::npos && word.size() - dot > 3 &&
        candidate.compare(0, dot + 1, word.substr(0, dot + 1)) == 0 &&
        candidate.find(word.substr(dot + 1), dot + 1) != std::string::npos)
      d = 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  return bestDistance <= allowed ? best : std::string();
}

std::string suggestionSuffix(std::string_view word, std::span<const std::string> candidates) {
  const std::string best = closestMatch(word, candidates);
  if (!best.empty()) return " (did you mean \"" + best + "\"?)";
  if (candidates.empty() || candidates.size() > 12) return "";
  std::string list = " (valid: ";
  for (std::size_t i = 0; i < candidates.size(); ++i) list += (i ? ", " : "") + candidates[i];
  return list + ")";
}

}  // namespace hipscope
