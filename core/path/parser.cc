#include "core/path/parser.h"

#include <charconv>
#include <string>
#include <utility>

#include "core/json/utf8.h"
#include "core/path/path_parser.h"

namespace asl::path {
namespace internal {
std::variant<PathAst, PathProblem> PathParser::ParseWhole() {
  PathAst ast;
  if (!ParsePathInto(ast, /*in_filter=*/false, 0)) return std::move(*problem_);
  if (pos_ < text_.size()) {
    Fail("Unexpected '" + json::CharacterAt(text_, pos_) +
             "' in the path; use '.name' or '[...]' to select from a value.",
         pos_, 1);
    return std::move(*problem_);
  }
  return ast;
}

bool PathParser::ParsePathInto(PathAst& ast, bool in_filter, int depth) {
  size_t start = pos_;
  if (Peek() == '@' && in_filter) {
    ast.root = Root::kCurrent;
    ++pos_;
  } else if (Peek() != '$') {
    return Fail(in_filter ? "Expected a path ('@' or '$') or a literal here."
                          : "A path must start with '$'; write '$' for the whole input or "
                            "'$.field' for one of its fields.",
                pos_, 1);
  } else if (Peek(1) == '$') {
    ast.root = Root::kContext;
    pos_ += 2;
  } else if (IsIdentStart(Peek(1))) {
    ++pos_;
    size_t name_start = pos_;
    while (!AtEnd() && IsIdentPart(text_[pos_])) ++pos_;
    ast.root = Root::kVariable;
    ast.variable = std::string(text_.substr(name_start, pos_ - name_start));
    if (ast.variable.size() > kMaxVariableNameBytes) {
      return Fail(
          "A variable name can have at most 80 characters; shorten '$" + ast.variable + "'.", start,
          pos_ - start);
    }
  } else {
    ast.root = Root::kInput;
    ++pos_;
  }
  while (!AtEnd()) {
    char c = text_[pos_];
    if (c == '.') {
      if (!ParseDotSegment(ast, in_filter, depth)) return false;
    } else if (c == '[') {
      Segment segment;
      if (!ParseBracket(segment, depth)) return false;
      ast.segments.push_back(std::move(segment));
    } else {
      break;
    }
  }
  return true;
}

bool PathParser::ParseDotSegment(PathAst& ast, bool in_filter, int depth) {
  size_t dot = pos_;
  Segment segment;
  if (Peek(1) == '.') {
    segment.descendant = true;
    pos_ += 2;
    if (Peek() == '[') {
      if (!ParseBracket(segment, depth)) return false;
      ast.segments.push_back(std::move(segment));
      return true;
    }
  } else {
    ++pos_;
  }
  if (Peek() == '*') {
    ++pos_;
    segment.kind = SegmentKind::kWildcard;
    ast.segments.push_back(std::move(segment));
    return true;
  }
  size_t name_start = pos_;
  while (!AtEnd() && !EndsDotName(text_[pos_], in_filter)) ++pos_;
  if (pos_ == name_start) {
    if (AtEnd()) {
      return Fail("The path ends with '" + std::string(text_.substr(dot)) +
                      "'; add a field name after it or remove it.",
                  dot, pos_ - dot);
    }
    return Fail("Expected a field name after '.' but found '" + json::CharacterAt(text_, pos_) +
                    "'; use ['name'] for names with special characters.",
                pos_, 1);
  }
  if (Peek() == '(') {
    return Fail("JSONPath functions such as '" +
                    std::string(text_.substr(name_start, pos_ - name_start)) +
                    "()' are not supported inside filters; compare fields instead.",
                name_start, pos_ - name_start + 1);
  }
  segment.kind = SegmentKind::kName;
  segment.name = std::string(text_.substr(name_start, pos_ - name_start));
  ast.segments.push_back(std::move(segment));
  return true;
}

// Outside filters AWS reads "length()" in "$.list.length()" as a field name (JSONPath
// functions are not supported, so the path matches nothing at run time), so parentheses
// belong to the name there.
bool PathParser::EndsDotName(char c, bool in_filter) {
  if (c == '.' || c == '[' || IsJsonSpace(c)) return true;
  if (!in_filter) return false;
  return c == '(' || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' ||
         c == '|' || c == ',' || c == ']' || c == '~';
}

bool PathParser::ParseBracket(Segment& segment, int depth) {
  size_t open = pos_;
  ++pos_;  // '['
  SkipSpaces();
  if (AtEnd()) return Fail("Unclosed '['; add the closing ']'.", open, 1);
  char c = Peek();
  if (c == '*') {
    ++pos_;
    segment.kind = SegmentKind::kWildcard;
  } else if (c == '\'' || c == '"') {
    if (!ParseNameList(segment)) return false;
  } else if (c == '?') {
    if (!ParseFilterSegment(segment, depth)) return false;
  } else if (IsDigit(c) || c == '-' || c == ':') {
    if (!ParseIndexOrSlice(segment)) return false;
  } else {
    return Fail("Unexpected '" + json::CharacterAt(text_, pos_) +
                    "' inside '[...]'; write a quoted name, an index, a slice, '*' or a "
                    "filter '?(...)'.",
                pos_, 1);
  }
  SkipSpaces();
  if (Peek() != ']') {
    if (AtEnd()) return Fail("Unclosed '['; add the closing ']'.", open, 1);
    return Fail("Expected ']' but found '" + json::CharacterAt(text_, pos_) + "'.", pos_, 1);
  }
  ++pos_;
  return true;
}

bool PathParser::ParseQuoted(std::string& out) {
  size_t open = pos_;
  char quote = text_[pos_++];
  // A backslash escapes only the enclosing quote; elsewhere it is kept, as AWS keeps it
  // (recorded: $['Test\""Name"'] selects the key Test\""Name").
  while (!AtEnd() && text_[pos_] != quote) {
    if (text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == quote) ++pos_;
    out.push_back(text_[pos_++]);
  }
  if (AtEnd()) {
    return Fail(std::string("Unterminated string; add the closing ") + quote + ".", open,
                pos_ - open);
  }
  ++pos_;
  return true;
}

bool PathParser::ParseNameList(Segment& segment) {
  std::vector<std::string> names;
  while (true) {
    SkipSpaces();
    if (Peek() != '\'' && Peek() != '"') {
      return Fail("Expected a quoted name in the list.", pos_, 1);
    }
    std::string name;
    if (!ParseQuoted(name)) return false;
    names.push_back(std::move(name));
    SkipSpaces();
    if (Peek() != ',') break;
    ++pos_;
  }
  if (names.size() == 1) {
    segment.kind = SegmentKind::kName;
    segment.name = std::move(names[0]);
  } else {
    segment.kind = SegmentKind::kNames;
    segment.names = std::move(names);
  }
  return true;
}

bool PathParser::ParseInt(int64_t& out) {
  size_t start = pos_;
  if (Peek() == '-') ++pos_;
  while (!AtEnd() && IsDigit(text_[pos_])) ++pos_;
  auto [ptr, ec] = std::from_chars(text_.data() + start, text_.data() + pos_, out);
  if (ec != std::errc() || ptr != text_.data() + pos_) {
    return Fail("Expected an integer index here.", start, pos_ - start);
  }
  return true;
}

bool PathParser::ParseIndexOrSlice(Segment& segment) {
  std::optional<int64_t> parts[3];
  int colons = 0;
  std::vector<int64_t> indexes;
  while (true) {
    SkipSpaces();
    if (Peek() == '-' || IsDigit(Peek())) {
      int64_t value = 0;
      if (!ParseInt(value)) return false;
      if (colons > 0 || indexes.empty()) parts[colons] = value;
      if (colons == 0) indexes.push_back(value);
    }
    SkipSpaces();
    if (Peek() == ':') {
      if (colons == 2 || indexes.size() > 1) {
        return Fail("A slice has at most three parts: [start:end:step].", pos_, 1);
      }
      ++colons;
      ++pos_;
      continue;
    }
    if (Peek() == ',' && colons == 0) {
      ++pos_;
      SkipSpaces();
      if (!(Peek() == '-' || IsDigit(Peek()))) {
        return Fail("Expected an index after ','.", pos_, 1);
      }
      continue;
    }
    break;
  }
  if (colons > 0) {
    segment.kind = SegmentKind::kSlice;
    segment.slice_start = parts[0];
    segment.slice_end = parts[1];
    if (parts[2]) {
      if (*parts[2] <= 0) return Fail("A slice step must be a positive integer.", pos_, 1);
      segment.slice_step = *parts[2];
    }
  } else if (indexes.size() == 1) {
    segment.kind = SegmentKind::kIndex;
    segment.index = indexes[0];
  } else {
    segment.kind = SegmentKind::kIndexes;
    segment.indexes = std::move(indexes);
  }
  return true;
}

}  // namespace internal

std::variant<PathAst, PathProblem> ParsePath(std::string_view text) {
  return internal::PathParser(text).ParseWhole();
}

bool IsValidVariableName(std::string_view name) {
  if (name.empty() || name.size() > internal::kMaxVariableNameBytes ||
      !internal::IsIdentStart(name[0])) {
    return false;
  }
  for (char c : name) {
    if (!internal::IsIdentPart(c)) return false;
  }
  return true;
}

}  // namespace asl::path
