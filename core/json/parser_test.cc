#include "core/json/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "core/json/writer.h"

namespace asl::json {
namespace {

TEST(ParserTest, ParsesEveryKindOfValue) {
  ParseResult r = Parse(R"({"a": [1, -2.5, 1e3, true, false, null], "s": "\u00e9\n\ud83d\ude00"})");
  ASSERT_TRUE(r.ok()) << r.error->message;
  const Value& a = *r.value.Find("a");
  EXPECT_TRUE(a.At(0)->is_int());
  EXPECT_EQ(a.At(1)->as_double(), -2.5);
  EXPECT_TRUE(a.At(2)->is_double());
  EXPECT_EQ(r.value.Find("s")->as_string(), "\xC3\xA9\n\xF0\x9F\x98\x80");
}

// Strings are scanned 8 bytes at a time: every kind of byte that needs care must be seen at
// every offset, and a control character must still be rejected wherever it stands.
TEST(ParserTest, ReadsSpecialBytesAtEveryOffsetOfAString) {
  for (size_t offset = 0; offset < 20; ++offset) {
    std::string plain(offset, 'x');
    for (const auto& [escaped, decoded] : {std::pair<std::string, std::string>{"\\n", "\n"},
                                           {"\\\"", "\""},
                                           {"\xC3\xA9", "\xC3\xA9"},
                                           {"", ""}}) {
      std::string text = "[\"" + plain + escaped + "yy~\"]";
      ParseResult r = Parse(text);
      ASSERT_TRUE(r.ok()) << text;
      EXPECT_EQ(r.value.At(0)->as_string(), plain + decoded + "yy~") << text;
    }
    ParseResult bad = Parse("[\"" + plain + "\x01" + "abcdefgh\"]");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error->span.begin, offset + 2);
  }
}

TEST(ParserTest, RecordsSourceMapForKeysAndValues) {
  std::string text = "{\n  \"States\": {\n    \"A/B\": {\"Type\": \"Pass\"}\n  }\n}";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  const NodeLocation* type = r.source_map.Find("/States/A~1B/Type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(text.substr(type->key.begin, type->key.end - type->key.begin), "\"Type\"");
  EXPECT_EQ(text.substr(type->value.begin, type->value.end - type->value.begin), "\"Pass\"");
  LineIndex lines(text);
  EXPECT_EQ(lines.ToPosition(type->key.begin), (diag::Position{3, 13}));
  EXPECT_EQ(r.source_map.Nearest("/States/Missing/Next").value.begin,
            r.source_map.Find("/States")->value.begin);
}

TEST(ParserTest, ReportsDuplicateKeysAndKeepsTheLastValue) {
  ParseResult r = Parse(R"({"a": 1, "b": 2, "a": 3})", {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.duplicate_keys.size(), 1u);
  EXPECT_EQ(r.duplicate_keys[0].pointer, "/a");
  EXPECT_EQ(r.duplicate_keys[0].first_key.begin, 1u);
  EXPECT_EQ(r.duplicate_keys[0].key.begin, 17u);
  EXPECT_EQ(Serialize(r.value), R"({"a":3,"b":2})");
}

TEST(ParserTest, ReportsDuplicateKeysOfNestedObjectsAtTheirOwnPlaces) {
  // Each object's first occurrences are its own, however deep it sits and whatever its
  // enclosing objects hold (a fuzzed definition once read another object's key spans).
  const std::string text = R"({"p": 0, "q": {"r": {"x": 1, "x": 2}, "y": 3, "y": 4}, "q": 5})";
  ParseResult r = Parse(text, {.build_source_map = true});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.duplicate_keys.size(), 3u);
  auto at = [&](const std::string& needle, size_t from = 0) {
    return static_cast<uint32_t>(text.find(needle, from));
  };
  EXPECT_EQ(r.duplicate_keys[0].pointer, "/q/r/x");
  EXPECT_EQ(r.duplicate_keys[0].first_key.begin, at("\"x\""));
  EXPECT_EQ(r.duplicate_keys[0].key.begin, at("\"x\"", at("\"x\"") + 1));
  EXPECT_EQ(r.duplicate_keys[1].pointer, "/q/y");
  EXPECT_EQ(r.duplicate_keys[1].first_key.begin, at("\"y\""));
  EXPECT_EQ(r.duplicate_keys[2].pointer, "/q");
  EXPECT_EQ(r.duplicate_keys[2].first_key.begin, at("\"q\""));
  EXPECT_EQ(Serialize(r.value), R"({"p":0,"q":5})");
}

TEST(ParserTest, FindsDuplicateKeysInLargeObjects) {
  std::string text = "{";
  for (int i = 0; i < 40; ++i)
    text += "\"key-" + std::to_string(i) + "-with-a-long-name\": " + std::to_string(i) + ",";
  text += "\"key-3-with-a-long-name\": \"again\", \"k\": 1, \"k\": 2}";
  ParseResult r = Parse(text);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.duplicate_keys.size(), 2u);
  EXPECT_EQ(r.duplicate_keys[0].pointer, "/key-3-with-a-long-name");
  EXPECT_EQ(r.duplicate_keys[1].pointer, "/k");
  EXPECT_EQ(r.value.size(), 41u);
  EXPECT_EQ(r.value.Find("key-3-with-a-long-name")->as_string(), "again");
  EXPECT_EQ(r.value.Find("k")->as_int(), 2);
}

struct BadCase {
  const char* text;
  const char* message_part;
  uint32_t offset;
};

class ParserErrorTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(ParserErrorTest, ReportsWhereAndWhat) {
  ParseResult r = Parse(GetParam().text);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error->message.find(GetParam().message_part), std::string::npos) << r.error->message;
  EXPECT_EQ(r.error->span.begin, GetParam().offset) << r.error->message;
  EXPECT_TRUE(r.value.is_null());
  // The message is valid UTF-8 (it goes into JSON reports): it parses back as a JSON string.
  EXPECT_TRUE(ParseValue(Serialize(Value(r.error->message)))) << r.error->message;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, ParserErrorTest,
    ::testing::Values(BadCase{"", "empty", 0}, BadCase{"   \n ", "empty", 5},
                      BadCase{"{\"a\": 1,}", "trailing comma", 8},
                      BadCase{"{\"a\": 1", "add '}'", 0}, BadCase{"[1, 2", "add ']'", 0},
                      BadCase{"{'a': 1}", "double quotes", 1},
                      BadCase{"{\"a\" 1}", "expected ':'", 5}, BadCase{"[01]", "leading zeros", 1},
                      BadCase{"{} x", "after the end", 3}, BadCase{"\"abc", "add '\"'", 0},
                      BadCase{"\"a\nb\"", "span lines", 2}, BadCase{"\"\\q\"", "Invalid escape", 1},
                      BadCase{"\"\\\xb4\"", "backslash followed by byte 0xB4", 1},
                      BadCase{"\"\xff\"", "UTF-8", 1}, BadCase{"\x01\x02\x03", "byte 0x01", 0},
                      BadCase{"[1e999]", "too large", 1}, BadCase{"[-]", "digit", 1},
                      BadCase{"nul", "expected a value", 0}));

TEST(ParserTest, RejectsNestingBeyondTheLimitWithoutCrashing) {
  std::string deep(10000, '[');
  deep += std::string(10000, ']');
  ParseResult r = Parse(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error->message.find("nests deeper than 1000"), std::string::npos);
  EXPECT_EQ(r.error->span.begin, 1000u);
}

TEST(ParserTest, ParsesALargeDocument) {
  std::string big = "[";
  for (int i = 0; i < 500000; ++i) big += (i ? ",\"item-" : "\"item-") + std::to_string(i) + "\"";
  big += "]";
  ASSERT_GT(big.size(), 6000000u);
  ParseResult r = Parse(big);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.size(), 500000u);
}

TEST(ParserTest, DuplicateKeyPointersAreFullWithOrWithoutASourceMap) {
  std::string text = R"({"x": [0, {"a/b": 1, "a/b": 2}]})";
  for (bool map : {false, true}) {
    ParseResult r = Parse(text, {.build_source_map = map});
    ASSERT_EQ(r.duplicate_keys.size(), 1u);
    EXPECT_EQ(r.duplicate_keys[0].pointer, "/x/1/a~1b");
  }
}

TEST(ParserTest, EveryTruncationOfADocumentFailsCleanly) {
  std::string text =
      R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": [1.5, "x\u0041"], "End": true}}})";
  for (size_t n = 0; n < text.size(); ++n) {
    ParseResult r = Parse(text.substr(0, n), {.build_source_map = true});
    EXPECT_FALSE(r.ok()) << n;
  }
  EXPECT_TRUE(Parse(text).ok());
}

TEST(ParserTest, ParseValueFormatsThePosition) {
  std::string error;
  EXPECT_FALSE(ParseValue("{\n  \"a\": tru\n}", &error).has_value());
  EXPECT_EQ(error.rfind("line 2, column 8: ", 0), 0u) << error;
  EXPECT_EQ(ParseValue("[1]")->size(), 1u);
}

TEST(ParserTest, ADocumentAfterAFailedOneStartsFromEmptyStacks) {
  // The thread's working stacks are reused; a parse that stopped inside nested containers must
  // leave nothing behind for the next document.
  for (const char* broken :
       {"[1, {\"a\": [2, {\"b\": ", "{\"x\": {\"y\": [1, 2", "[[[[", "{\"a\": 1, \"a\""}) {
    ParseResult failed = Parse(broken);
    ASSERT_FALSE(failed.ok()) << broken;
    ParseResult next = Parse(R"({"k": [1, {"m": "v"}], "d": {"d": 1, "d": 2}})");
    ASSERT_TRUE(next.ok()) << broken;
    EXPECT_EQ(Serialize(next.value), R"({"k":[1,{"m":"v"}],"d":{"d":2}})") << broken;
    ASSERT_EQ(next.duplicate_keys.size(), 1u) << broken;
    EXPECT_EQ(next.duplicate_keys[0].pointer, "/d/d") << broken;
  }
}

}  // namespace
}  // namespace asl::json
