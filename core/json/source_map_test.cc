#include "core/json/source_map.h"

#include <gtest/gtest.h>

namespace asl::json {
namespace {

TEST(LineIndexTest, CountsColumnsInUtf16Units) {
  // "é" is one UTF-16 unit (2 bytes), "😀" is two units (4 bytes).
  std::string text = "ab\n\xC3\xA9\xF0\x9F\x98\x80x\r\nlast";
  LineIndex lines(text);
  EXPECT_EQ(lines.line_count(), 3);
  EXPECT_EQ(lines.ToPosition(0), (diag::Position{1, 1}));
  EXPECT_EQ(lines.ToPosition(3), (diag::Position{2, 1}));
  EXPECT_EQ(lines.ToPosition(5), (diag::Position{2, 2}));
  EXPECT_EQ(lines.ToPosition(9), (diag::Position{2, 4}));
  EXPECT_EQ(lines.ToPosition(12), (diag::Position{3, 1}));
  EXPECT_EQ(lines.LineText(2), "\xC3\xA9\xF0\x9F\x98\x80x");
  EXPECT_EQ(lines.ToPosition(1000), (diag::Position{3, 5}));
}

TEST(SourceMapTest, KeyOrValuePrefersTheKey) {
  SourceMap map;
  map.Add("", {{}, {0, 20}, false});
  map.Add("/a", {{1, 4}, {6, 8}, true});
  map.Add("/a/0", {{}, {7, 8}, false});
  EXPECT_EQ(map.KeyOrValue("/a").begin, 1u);
  EXPECT_EQ(map.KeyOrValue("/a/0").begin, 7u);
  EXPECT_EQ(map.KeyOrValue("/zzz").begin, 0u);
}

}  // namespace
}  // namespace asl::json
