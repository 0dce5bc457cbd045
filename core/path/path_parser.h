// Internal: the recursive-descent parser behind ParsePath. Path segments are parsed in
// parser.cc, filter expressions in filter_parser.cc.
#ifndef ASL_CORE_PATH_PATH_PARSER_H_
#define ASL_CORE_PATH_PATH_PARSER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/path/problem.h"
#include "core/path/segment.h"
#include "core/path/text_cursor.h"

namespace asl::path::internal {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
inline bool IsIdentPart(char c) { return IsIdentStart(c) || IsDigit(c); }

inline constexpr int kMaxFilterDepth = 32;
// AWS: a variable name has at most 80 characters.
inline constexpr size_t kMaxVariableNameBytes = 80;

// Paths inside filters (`in_filter`) end at operators; filter nesting is bounded.
class PathParser : public TextCursor {
 public:
  explicit PathParser(std::string_view text) : TextCursor(text) {}

  // The whole text as one path.
  std::variant<PathAst, PathProblem> ParseWhole();

 private:
  bool ParsePathInto(PathAst& ast, bool in_filter, int depth);
  bool ParseDotSegment(PathAst& ast, bool in_filter, int depth);
  // Outside filters AWS reads "length()" in "$.list.length()" as a field name (JSONPath
  // functions are not supported, so the path matches nothing at run time), so parentheses
  // belong to the name there.
  static bool EndsDotName(char c, bool in_filter);
  bool ParseBracket(Segment& segment, int depth);
  bool ParseQuoted(std::string& out);
  bool ParseNameList(Segment& segment);
  bool ParseInt(int64_t& out);
  bool ParseIndexOrSlice(Segment& segment);
  bool ParseFilterSegment(Segment& segment, int depth);
  std::unique_ptr<FilterNode> ParseOr(int depth);
  std::unique_ptr<FilterNode> ParseAnd(int depth);
  std::unique_ptr<FilterNode> ParseUnary(int depth);
  std::unique_ptr<FilterNode> ParseComparison(int depth);
  std::optional<CompareOp> ReadOperator();
  bool ParseOperand(FilterOperand& operand, int depth);
  // A Jayway regular-expression literal: /pattern/flags, '\/' escaping a slash.
  bool ParseRegex(FilterOperand& operand);
  bool ParseJsonLiteral(FilterOperand& operand, size_t start, char close);
};

}  // namespace asl::path::internal

#endif  // ASL_CORE_PATH_PATH_PARSER_H_
