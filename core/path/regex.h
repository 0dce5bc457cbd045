// The regular expressions of JSONPath filters ("@.name =~ /^a.*/i"), which Jayway matches
// with java.util.regex against the whole string.
//
// Supported: literals, '.', classes [a-z] [^...], escapes \d \D \w \W \s \S \t \n \r and
// escaped punctuation, groups (...) and (?:...), alternation |, quantifiers * + ? {m} {m,}
// {m,n} (a lazy '?' suffix is accepted and matches the same), anchors ^ $. Flags: i
// (ASCII case-insensitive), s ('.' also matches a newline).
// Matching runs a Pike VM over code points: time linear in the input times the program
// size, no recursion, no backtracking blow-up.
#ifndef ASL_CORE_PATH_REGEX_H_
#define ASL_CORE_PATH_REGEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace asl::path {

class Regex {
 public:
  struct Instruction;

  // The compiled pattern, or a sentence saying what is unsupported or malformed.
  static std::variant<Regex, std::string> Compile(std::string_view pattern, std::string_view flags);

  // True when the whole of `text` (UTF-8) matches.
  bool FullMatch(std::string_view text) const;

 private:
  std::vector<Instruction> program_;
  bool ignore_case_ = false;
};

struct Regex::Instruction {
  enum class Op : uint8_t { kChar, kAny, kClass, kSplit, kJump, kBegin, kEnd, kMatch };
  Op op = Op::kMatch;
  bool negated = false;                               // kClass
  bool dot_all = false;                               // kAny
  char32_t c = 0;                                     // kChar
  int x = 0;                                          // kSplit, kJump: targets
  int y = 0;                                          // kSplit
  std::vector<std::pair<char32_t, char32_t>> ranges;  // kClass
};

}  // namespace asl::path

#endif  // ASL_CORE_PATH_REGEX_H_
