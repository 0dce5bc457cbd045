// JavaScript regular expressions, natively: a backtracking engine over code points with
// a step budget so that no pattern can hang (catastrophic patterns fail with an error).
// Supports the ECMAScript syntax JSONata users write: alternation, groups (capturing,
// non-capturing, named), lookahead, greedy and lazy quantifiers, classes, escapes,
// backreferences, anchors, word boundaries and the i / m flags.
#ifndef ASL_CORE_JSONATA_REGEX_H_
#define ASL_CORE_JSONATA_REGEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/jsonata/value.h"

namespace asl::jsonata {

class Evaluator;
struct Function;

struct RegexMatch {
  size_t start = 0;  // Code point offsets into the subject.
  size_t end = 0;
  std::vector<std::optional<std::pair<size_t, size_t>>> groups;  // Capture groups 1..n.
};

class Regex {
 public:
  // The compiled program (opaque outside regex.cc).
  struct Program;

  // Compiles `pattern` with `flags` (i, m; g is implied by JSONata); returns the error
  // message for an invalid pattern.
  static std::variant<std::shared_ptr<Regex>, std::string> Compile(std::string_view pattern,
                                                                   std::string_view flags);
  ~Regex();

  // The first match starting at or after `start`. Sets *exhausted when the step budget
  // ran out (the caller reports it as an error).
  std::optional<RegexMatch> Exec(const std::u32string& subject, size_t start,
                                 bool* exhausted) const;

  const std::string& source() const { return source_; }

 private:
  std::string source_;
  std::unique_ptr<Program> program_;
};

// Calls a regex function value the way JSONata calls a matcher: returns the match
// object {match, start, end, groups, next} or Undefined.
Value RegexMatchObject(Evaluator& evaluator, const Function& fn, const std::string& subject,
                       int64_t from);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_REGEX_H_
