// A position in a text being parsed, and the first problem found in it: the shared base of
// the path parser and the intrinsic call parser.
#ifndef ASL_CORE_PATH_TEXT_CURSOR_H_
#define ASL_CORE_PATH_TEXT_CURSOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/path/problem.h"

namespace asl::path {

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The position of the first character of `stops` at nesting depth 0 from `pos` on, skipping
// quoted strings ('...' and "...", a backslash escaping the next character) and balanced
// [...] and (...) groups; text.size() when there is none.
inline size_t FindUnnested(std::string_view text, size_t pos, std::string_view stops) {
  int depth = 0;
  char quote = 0;
  for (; pos < text.size(); ++pos) {
    char c = text[pos];
    if (quote) {
      if (c == '\\') {
        ++pos;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (depth == 0 && stops.find(c) != std::string_view::npos) {
      return pos;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '[' || c == '(') {
      ++depth;
    } else if ((c == ']' || c == ')') && depth > 0) {
      --depth;
    }
  }
  return text.size();
}

class TextCursor {
 protected:
  explicit TextCursor(std::string_view text) : text_(text) {}

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void SkipSpaces() {
    while (!AtEnd() && IsJsonSpace(text_[pos_])) ++pos_;
  }
  // Records the first problem, its range clamped to the text (and at least one byte long
  // unless at the end), and returns false so that callers can `return Fail(...)`.
  bool Fail(std::string message, size_t offset, size_t length) {
    if (!problem_) {
      if (offset > text_.size()) offset = text_.size();
      if (offset + length > text_.size()) length = text_.size() - offset;
      if (length == 0 && offset < text_.size()) length = 1;
      problem_ = PathProblem{std::move(message), offset, length};
    }
    return false;
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::optional<PathProblem> problem_;
};

}  // namespace asl::path

#endif  // ASL_CORE_PATH_TEXT_CURSOR_H_
