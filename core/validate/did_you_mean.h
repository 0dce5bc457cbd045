// "Did you mean ...?" suggestions for misspelt names.
#ifndef ASL_CORE_VALIDATE_DID_YOU_MEAN_H_
#define ASL_CORE_VALIDATE_DID_YOU_MEAN_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace asl::validate {

// The candidate closest to `word` by case-insensitive edit distance (a case-only difference
// counts as closest), if it is close enough to be a likely typo: at most 1 edit for short
// words, about a third of the length for longer ones.
std::optional<std::string> DidYouMean(std::string_view word,
                                      std::span<const std::string_view> candidates);

// Levenshtein distance, ignoring ASCII case.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_DID_YOU_MEAN_H_
