#include "core/path/check.h"

#include <algorithm>
#include <string>
#include <variant>

#include "core/path/parser.h"
#include "core/path/path_parser.h"
#include "core/path/text_cursor.h"

namespace asl::path {
namespace {

// The byte range of the index-th segment, found by re-scanning the text: the parser keeps
// no offsets so that evaluation-time ASTs stay small.
struct SegmentSpan {
  size_t offset;
  size_t length;
};

SegmentSpan LocateSegment(std::string_view text, size_t wanted) {
  size_t pos = 0;
  if (text.substr(0, 2) == "$$") {
    pos = 2;
  } else {
    pos = 1;
    while (pos < text.size() && text[pos] != '.' && text[pos] != '[') ++pos;
  }
  size_t index = 0;
  while (pos < text.size()) {
    size_t start = pos;
    if (text[pos] == '.') {
      pos += (pos + 1 < text.size() && text[pos + 1] == '.') ? 2 : 1;
      if (pos < text.size() && text[pos] == '[') continue;  // "..[": the bracket follows.
      while (pos < text.size() && text[pos] != '.' && text[pos] != '[') ++pos;
    } else {
      // From inside the '[', up to and past its matching ']'.
      pos = std::min(text.size(), FindUnnested(text, pos + 1, "]") + 1);
    }
    if (index == wanted) return {start, pos - start};
    ++index;
  }
  return {0, text.size()};
}

bool IsAsciiNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || internal::IsDigit(c) || c == '_';
}

// True for the paths most definitions hold: a root ("$", "$$", or "$name" read as the parser
// reads a variable) followed by ".name" segments of ASCII letters, digits and '_'. Every such
// text is a valid Path and Reference Path, so the checks accept it without building its
// syntax tree; any other text goes to the parser, which has the last word.
bool IsSimpleDottedPath(std::string_view text) {
  if (text.empty() || text[0] != '$') return false;
  size_t pos = 1;
  if (pos < text.size() && text[pos] == '$') {
    ++pos;
  } else if (pos < text.size() && internal::IsIdentStart(text[pos])) {
    while (pos < text.size() && internal::IsIdentPart(text[pos])) ++pos;
    if (pos - 1 > internal::kMaxVariableNameBytes) return false;
  }
  while (pos < text.size()) {
    if (text[pos] != '.') return false;
    size_t name_start = ++pos;
    while (pos < text.size() && IsAsciiNameByte(text[pos])) ++pos;
    if (pos == name_start) return false;
  }
  return true;
}

const char* Describe(const Segment& segment) {
  if (segment.descendant) return "recursive descent '..'";
  switch (segment.kind) {
    case SegmentKind::kNames:
    case SegmentKind::kIndexes:
      return "a union";
    case SegmentKind::kWildcard:
      return "a wildcard";
    case SegmentKind::kSlice:
      return "a slice";
    case SegmentKind::kFilter:
      return "a filter";
    default:
      return "this";
  }
}

}  // namespace

std::optional<PathProblem> CheckPath(std::string_view text) {
  if (IsSimpleDottedPath(text)) return std::nullopt;
  auto parsed = ParsePath(text);
  if (auto* problem = std::get_if<PathProblem>(&parsed)) return std::move(*problem);
  return std::nullopt;
}

std::optional<PathProblem> CheckReferencePath(std::string_view text) {
  if (IsSimpleDottedPath(text)) return std::nullopt;
  auto parsed = ParsePath(text);
  if (auto* problem = std::get_if<PathProblem>(&parsed)) return std::move(*problem);
  const PathAst& ast = std::get<PathAst>(parsed);
  for (size_t i = 0; i < ast.segments.size(); ++i) {
    const Segment& segment = ast.segments[i];
    bool simple = !segment.descendant &&
                  (segment.kind == SegmentKind::kName || segment.kind == SegmentKind::kIndex);
    if (simple) continue;
    SegmentSpan span = LocateSegment(text, i);
    return PathProblem{std::string("A reference path must select a single node, so ") +
                           Describe(segment) + " ('" +
                           std::string(text.substr(span.offset, span.length)) +
                           "') is not allowed here; use only field names and array indexes.",
                       span.offset, span.length};
  }
  return std::nullopt;
}

}  // namespace asl::path
