// Internal: the syntax tree of a filter regular expression and its parser (see regex.h for
// the accepted syntax); regex.cc compiles the tree into a program.
#ifndef ASL_CORE_PATH_REGEX_PATTERN_H_
#define ASL_CORE_PATH_REGEX_PATTERN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace asl::path::internal {

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

inline constexpr int kMaxRepeat = 1000;

struct RegexNode {
  enum class Kind : uint8_t { kChar, kAny, kClass, kBegin, kEnd, kConcat, kAlt, kRepeat };
  Kind kind = Kind::kConcat;
  char32_t c = 0;
  Ranges ranges;
  bool negated = false;
  int min = 0;
  int max = -1;  // -1: unbounded.
  std::vector<RegexNode> children;
};

// The code points of UTF-8 text (malformed sequences decode to something, never fail).
std::vector<char32_t> DecodeUtf8(std::string_view text);
inline char32_t AsciiLower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// The tree of `pattern`, or nullopt with a sentence in *error.
std::optional<RegexNode> ParseRegexPattern(std::vector<char32_t> pattern, std::string* error);

}  // namespace asl::path::internal

#endif  // ASL_CORE_PATH_REGEX_PATTERN_H_
