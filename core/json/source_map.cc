#include "core/json/source_map.h"

#include <algorithm>

namespace asl::json {
namespace {

// Decodes one reference token ("~1" -> '/', "~0" -> '~'), using `scratch` only when the
// token holds an escape.
std::string_view DecodeToken(std::string_view raw, std::string& scratch) {
  if (raw.find('~') == std::string_view::npos) return raw;
  scratch.clear();
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
      scratch += raw[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      scratch += raw[i];
    }
  }
  return scratch;
}

// An array index token: decimal digits without a leading zero (RFC 6901).
std::optional<size_t> ParseIndex(std::string_view token) {
  if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0')) {
    return std::nullopt;
  }
  size_t index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<size_t>(c - '0');
  }
  return index;
}

}  // namespace

SourceMap::NodeId SourceMap::Reserve() {
  nodes_.emplace_back();
  return static_cast<NodeId>(nodes_.size() - 1);
}

void SourceMap::ReserveCapacity(size_t nodes) {
  nodes_.reserve(nodes);
  children_.reserve(nodes);
}

void SourceMap::Fill(NodeId node, const NodeLocation& location, const NodeId* children,
                     size_t count) {
  Node& n = nodes_[node];
  n.location = location;
  n.first_child = static_cast<uint32_t>(children_.size());
  n.child_count = static_cast<uint32_t>(count);
  children_.insert(children_.end(), children, children + count);
}

void SourceMap::SetRoot(NodeId node, Value root) {
  root_ = node;
  has_root_ = true;
  root_value_ = std::move(root);
}

std::optional<SourceMap::Cursor> SourceMap::Root() const {
  if (!has_root_) return std::nullopt;
  return Cursor{root_, &root_value_};
}

std::optional<SourceMap::Cursor> SourceMap::Member(const Cursor& object,
                                                   std::string_view key) const {
  const Value* found = object.value->Find(key);
  if (found == nullptr) return std::nullopt;
  MembersView members = object.value->as_object();
  const Node& node = nodes_[object.node];
  for (size_t i = 0; i < members.size() && i < node.child_count; ++i) {
    if (&members[i].value == found) return Cursor{children_[node.first_child + i], found};
  }
  return std::nullopt;
}

std::optional<SourceMap::Cursor> SourceMap::Item(const Cursor& array, size_t index) const {
  const Value* found = array.value->At(index);
  const Node& node = nodes_[array.node];
  if (found == nullptr || index >= node.child_count) return std::nullopt;
  return Cursor{children_[node.first_child + index], found};
}

SourceMap::Walk SourceMap::WalkTo(std::string_view pointer) const {
  Walk walk{Root(), false};
  if (!walk.at) return walk;
  if (pointer.empty()) {
    walk.complete = true;
    return walk;
  }
  if (pointer[0] != '/') return walk;
  std::string scratch;
  size_t pos = 1;
  while (true) {
    size_t slash = pointer.find('/', pos);
    std::string_view raw =
        pointer.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    std::optional<Cursor> next;
    if (walk.at->value->is_object()) {
      next = Member(*walk.at, DecodeToken(raw, scratch));
    } else if (walk.at->value->is_array()) {
      if (std::optional<size_t> index = ParseIndex(raw)) next = Item(*walk.at, *index);
    }
    if (!next) return walk;
    walk.at = next;
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  walk.complete = true;
  return walk;
}

const NodeLocation* SourceMap::Find(std::string_view pointer) const {
  Walk walk = WalkTo(pointer);
  return walk.complete ? &Location(*walk.at) : nullptr;
}

NodeLocation SourceMap::Nearest(std::string_view pointer) const {
  Walk walk = WalkTo(pointer);
  return walk.at ? Location(*walk.at) : NodeLocation{};
}

Span SourceMap::KeyOrValue(std::string_view pointer) const {
  NodeLocation location = Nearest(pointer);
  return location.has_key ? location.key : location.value;
}

Span SourceMap::ValueOf(std::string_view pointer) const { return Nearest(pointer).value; }

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  bool ascii = true;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) ascii = false;
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
      ascii_lines_.push_back(ascii);
      ascii = true;
    }
  }
  ascii_lines_.push_back(ascii);
}

diag::Position LineIndex::ToPosition(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based.
  uint32_t start = line_starts_[line - 1];
  if (ascii_lines_[line - 1]) return {static_cast<int>(line), static_cast<int>(offset - start) + 1};
  int column = 1;
  for (uint32_t i = start; i < offset;) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    column += length == 4 ? 2 : 1;  // Code points above U+FFFF take two UTF-16 units.
    i += length;
  }
  return {static_cast<int>(line), column};
}

diag::Range LineIndex::ToRange(Span span) const {
  return {ToPosition(span.begin), ToPosition(std::max(span.begin, span.end))};
}

std::string_view LineIndex::LineText(int line) const {
  if (line < 1 || line > line_count()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_count() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view text = text_.substr(start, end - start);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace asl::json
