#include "core/json/source_map.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

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

// The text a span covers.
std::string_view Text(std::string_view text, Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

TEST(SourceMapTest, KeyOrValuePrefersTheKey) {
  std::string text = R"({"a": [7, {"b~/c": null}], "": true})";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("/a")), "\"a\"");
  EXPECT_EQ(Text(text, r.source_map.ValueOf("/a")), R"([7, {"b~/c": null}])");
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("/a/0")), "7");
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("/a/1/b~0~1c")), "\"b~/c\"");
  EXPECT_EQ(Text(text, r.source_map.ValueOf("/a/1/b~0~1c")), "null");
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("/")), "\"\"");
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("")), text);
  EXPECT_EQ(r.source_map.KeyOrValue("/zzz").begin, 0u);
}

TEST(SourceMapTest, FindsOnlyWhatThePointerNames) {
  std::string text = R"({"a": [1, 2], "3": {"x": 1}})";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  ASSERT_NE(r.source_map.Find("/a/1"), nullptr);
  EXPECT_EQ(r.source_map.Find("/a/2"), nullptr);
  EXPECT_EQ(r.source_map.Find("/a/01"), nullptr);  // No leading zeros (RFC 6901).
  EXPECT_EQ(r.source_map.Find("/a/-"), nullptr);
  EXPECT_EQ(r.source_map.Find("/a/1/x"), nullptr);  // A number has no members.
  EXPECT_EQ(r.source_map.Find("a"), nullptr);       // Not a pointer.
  ASSERT_NE(r.source_map.Find("/3/x"), nullptr);    // A digit key names a member.
  EXPECT_EQ(Text(text, r.source_map.Nearest("/a/7/q").value), "[1, 2]");
  EXPECT_EQ(Text(text, r.source_map.Nearest("/3/x/y").value), "1");
}

TEST(SourceMapTest, DuplicateKeysLocateTheLaterOccurrence) {
  std::string text = R"({"a": {"x": 1}, "b": 2, "a": {"y": [3]}})";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  const NodeLocation* a = r.source_map.Find("/a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->key.begin, 24u);
  EXPECT_EQ(Text(text, r.source_map.ValueOf("/a/y/0")), "3");
  EXPECT_EQ(r.source_map.Find("/a/x"), nullptr);
  EXPECT_EQ(Text(text, r.source_map.KeyOrValue("/b")), "\"b\"");
}

TEST(SourceMapTest, IsEmptyWhenTheTextIsNotJson) {
  ParseResult r = Parse(R"({"a": [1, 2})", {.build_source_map = true});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.source_map.Find(""), nullptr);
  EXPECT_FALSE(r.source_map.Root().has_value());
  EXPECT_EQ(r.source_map.KeyOrValue("/a").end, 0u);
}

TEST(SourceMapTest, CursorsWalkTheDocument) {
  std::string text = R"({"States": {"A": {"Next": "B"}}})";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  std::optional<SourceMap::Cursor> at = r.source_map.Root();
  ASSERT_TRUE(at.has_value());
  at = r.source_map.Member(*at, "States");
  ASSERT_TRUE(at.has_value());
  at = r.source_map.Member(*at, "A");
  ASSERT_TRUE(at.has_value());
  EXPECT_FALSE(r.source_map.Item(*at, 0).has_value());
  at = r.source_map.Member(*at, "Next");
  ASSERT_TRUE(at.has_value());
  EXPECT_EQ(Text(text, r.source_map.Location(*at).value), "\"B\"");
  EXPECT_EQ(at->value->as_string(), "B");
}

}  // namespace
}  // namespace asl::json
