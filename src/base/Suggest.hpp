// Finds the closest valid name to a misspelt one, for "did you mean ...?" in error messages.
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace hipscope {

// Edit distance (Levenshtein, case-insensitive).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is plausibly what was meant.
std::string closestMatch(std::string_view word, std::span<const std::string> candidates);

// " (did you mean "x"?)" or " (valid: a, b, c)" — ready to append to an error message.
std::string suggestionSuffix(std::string_view word, std::span<const std::string> candidates);

}  // namespace hipscope
