// Where each value of a parsed JSON document stands in its text.
#ifndef ASL_CORE_JSON_SOURCE_MAP_H_
#define ASL_CORE_JSON_SOURCE_MAP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.h"
#include "core/json/value.h"

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

// A tree of locations parallel to the parsed Value: node i's children stand in the order of
// its value's array items or object members, so a lookup walks the Value and the tree
// together, one reference token at a time, and building it copies no key. Lookups take
// RFC 6901 pointers ("" is the root). For a duplicated key the later occurrence's location
// stands in the first one's place, as the later value does in the Value.
class SourceMap {
 public:
  using NodeId = uint32_t;

  const NodeLocation* Find(std::string_view pointer) const;
  // The location of `pointer`, or of its nearest ancestor that exists; the root otherwise
  // (an empty location when the map is empty).
  NodeLocation Nearest(std::string_view pointer) const;
  // The key's span when the pointer names an object member, its value's span otherwise;
  // falls back to the nearest ancestor like Nearest. This is where a diagnostic about a
  // field points: the key says "this field" better than a long value does.
  Span KeyOrValue(std::string_view pointer) const;
  // The value's span of `pointer` (or of its nearest ancestor, like Nearest): where a
  // diagnostic about the value itself points, such as a transition's target name.
  Span ValueOf(std::string_view pointer) const;
  size_t size() const { return nodes_.size(); }

  // Step-by-step navigation, for callers that walk the document themselves. A cursor stays
  // valid while its map is neither changed, moved nor destroyed.
  struct Cursor {
    NodeId node = 0;
    const Value* value = nullptr;  // The parsed value at that node.
  };
  std::optional<Cursor> Root() const;
  std::optional<Cursor> Member(const Cursor& object, std::string_view key) const;
  std::optional<Cursor> Item(const Cursor& array, size_t index) const;
  const NodeLocation& Location(const Cursor& at) const { return nodes_[at.node].location; }

  // Building (the parser's side). Nodes are reserved in document order, filled when their
  // value ends, and given their children (the ids of their items or members, in the Value's
  // order) then; SetRoot completes the map.
  NodeId Reserve();
  // Makes room for about `nodes` nodes up front (the parser's estimate from the text size).
  void ReserveCapacity(size_t nodes);
  void Fill(NodeId node, const NodeLocation& location, const NodeId* children, size_t count);
  void SetRoot(NodeId node, Value root);

 private:
  struct Node {
    NodeLocation location;
    uint32_t first_child = 0;  // Index into children_.
    uint32_t child_count = 0;
  };
  // The deepest node along `pointer` (none when the map is empty); `complete` when it is
  // the node the whole pointer names.
  struct Walk {
    std::optional<Cursor> at;
    bool complete = false;
  };
  Walk WalkTo(std::string_view pointer) const;

  std::vector<Node> nodes_;
  std::vector<NodeId> children_;
  NodeId root_ = 0;
  bool has_root_ = false;
  Value root_value_;  // The parsed value; object lookups find a key's position in it.
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
