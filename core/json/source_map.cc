#include "core/json/source_map.h"

#include <algorithm>

#include "core/json/pointer.h"

namespace asl::json {

void SourceMap::Add(std::string pointer, NodeLocation location) {
  locations_.insert_or_assign(std::move(pointer), location);
}

const NodeLocation* SourceMap::Find(std::string_view pointer) const {
  auto it = locations_.find(std::string(pointer));
  return it == locations_.end() ? nullptr : &it->second;
}

NodeLocation SourceMap::Nearest(std::string_view pointer) const {
  while (true) {
    if (const NodeLocation* found = Find(pointer)) return *found;
    if (pointer.empty()) return {};
    pointer = ParentPointer(pointer);
  }
}

Span SourceMap::KeyOrValue(std::string_view pointer) const {
  NodeLocation location = Nearest(pointer);
  return location.has_key ? location.key : location.value;
}

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
