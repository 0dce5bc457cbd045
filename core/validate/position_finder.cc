#include "core/validate/position_finder.h"

#include <algorithm>

namespace asl::validate {
namespace {

// The position of `to` given the position of `from` (from <= to).
diag::Position Advance(std::string_view text, uint32_t from, diag::Position at, uint32_t to) {
  // A gap ending inside "\r\n" would see a lone "\r" as a line break: stop before the "\r",
  // which is one column wide on its line.
  if (to > from && text[to - 1] == '\r' && to < text.size() && text[to] == '\n') {
    diag::Position before = Advance(text, from, at, to - 1);
    return {before.line, before.column + 1};
  }
  json::LineIndex gap(text.substr(from, to - from));
  diag::Position d = gap.ToPosition(to - from);
  if (d.line == 1) return {at.line, at.column + d.column - 1};
  return {at.line + d.line - 1, d.column};
}

}  // namespace

PositionFinder::PositionFinder(std::string_view text, std::vector<uint32_t> offsets) : text_(text) {
  for (uint32_t& o : offsets) o = std::min<uint32_t>(o, static_cast<uint32_t>(text.size()));
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  known_.reserve(offsets.size());
  uint32_t previous = 0;
  diag::Position at;
  for (uint32_t o : offsets) {
    at = Advance(text, previous, at, o);
    previous = o;
    known_.emplace_back(o, at);
  }
}

diag::Position PositionFinder::At(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(known_.begin(), known_.end(), offset,
                             [](uint32_t o, const auto& entry) { return o < entry.first; });
  if (it == known_.begin()) return Advance(text_, 0, {}, offset);
  --it;
  if (it->first == offset) return it->second;
  return Advance(text_, it->first, it->second, offset);
}

diag::Range PositionFinder::ToRange(json::Span span) const {
  return {At(span.begin), At(std::max(span.begin, span.end))};
}

}  // namespace asl::validate
