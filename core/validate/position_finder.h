// Converts many byte offsets of one text to editor positions in a single pass.
//
// json::LineIndex::ToPosition rescans the line for every call, which turns thousands of
// diagnostics on one long line (a minified definition) quadratic. This walks the sorted
// offsets once and measures each gap with a LineIndex over just that gap, so the counting
// rules (UTF-16 columns, CR/LF) stay LineIndex's.
#ifndef ASL_CORE_VALIDATE_POSITION_FINDER_H_
#define ASL_CORE_VALIDATE_POSITION_FINDER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.h"
#include "core/json/source_map.h"

namespace asl::validate {

class PositionFinder {
 public:
  PositionFinder(std::string_view text, std::vector<uint32_t> offsets);
  // The position of `offset`, which must be one of the offsets given (others are computed
  // from the nearest earlier one, so they stay correct but cost a rescan of the gap).
  diag::Position At(uint32_t offset) const;
  diag::Range ToRange(json::Span span) const;

 private:
  std::string_view text_;
  std::vector<std::pair<uint32_t, diag::Position>> known_;  // Sorted by offset.
};

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_POSITION_FINDER_H_
