// Where each value of a parsed JSON document stands in its text.
#ifndef ASL_CORE_JSON_SOURCE_MAP_H_
#define ASL_CORE_JSON_SOURCE_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diag/diagnostic.h"

namespace asl::json {

// A half-open byte range [begin, end) of the source text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct NodeLocation {
  Span key;    // The member's key including quotes; empty for array items and the root.
  Span value;  // The whole value, brackets and quotes included.
  bool has_key = false;
};

// Maps RFC 6901 pointers ("" is the root) to locations.
class SourceMap {
 public:
  void Add(std::string pointer, NodeLocation location);
  const NodeLocation* Find(std::string_view pointer) const;
  // The location of `pointer`, or of its nearest ancestor that exists; the root otherwise.
  NodeLocation Nearest(std::string_view pointer) const;
  // The key's span when the pointer names an object member, its value's span otherwise;
  // falls back to the nearest ancestor like Nearest. This is where a diagnostic about a
  // field points: the key says "this field" better than a long value does.
  Span KeyOrValue(std::string_view pointer) const;
  size_t size() const { return locations_.size(); }

 private:
  std::unordered_map<std::string, NodeLocation> locations_;
};

// Converts byte offsets to 1-based lines and 1-based UTF-16 columns: a binary search for the
// line, then arithmetic on all-ASCII lines or a scan of the line's start otherwise.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  diag::Position ToPosition(uint32_t offset) const;
  diag::Range ToRange(Span span) const;
  // The text of a 1-based line without its line break.
  std::string_view LineText(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
  // Per line: whether it is all ASCII, so a column is an offset difference (no scan).
  std::vector<bool> ascii_lines_;
};

}  // namespace asl::json

#endif  // ASL_CORE_JSON_SOURCE_MAP_H_
