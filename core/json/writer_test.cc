#include "core/json/writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "core/json/parser.h"
#include "core/json/utf8.h"

namespace asl::json {
namespace {

TEST(WriterTest, PrintsCompactlyInInsertionOrder) {
  Value v(Members{{"z", 1}, {"a", Array{true, Value(), "q\"\\\n\x01"}}});
  EXPECT_EQ(Serialize(v), R"({"z":1,"a":[true,null,"q\"\\\n\u0001"]})");
}

TEST(WriterTest, PrintsIntegersAsStdToStringDoes) {
  for (int64_t n : {int64_t{0}, int64_t{7}, int64_t{-1}, int64_t{15000}, int64_t{-987654321},
                    std::numeric_limits<int64_t>::max(), std::numeric_limits<int64_t>::min()}) {
    EXPECT_EQ(Serialize(Value(n)), std::to_string(n));
    EXPECT_EQ(Serialize(Value(Members{{"i", Value(n)}})), "{\"i\":" + std::to_string(n) + "}");
  }
}

TEST(WriterTest, PrintsDoublesLikeTheService) {
  EXPECT_EQ(FormatDouble(2.0), "2.0");
  EXPECT_EQ(FormatDouble(0.1), "0.1");
  EXPECT_EQ(FormatDouble(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(FormatDouble(1e21), "1.0E21");
  EXPECT_EQ(FormatDouble(1e7), "1.0E7");
  EXPECT_EQ(FormatDouble(9999999.5), "9999999.5");
  EXPECT_EQ(FormatDouble(1.5e-5), "1.5E-5");
  EXPECT_EQ(FormatDouble(0.001), "0.001");
  EXPECT_EQ(FormatDouble(-0.0), "-0.0");
  EXPECT_EQ(FormatDouble(123.0), "123.0");
  EXPECT_EQ(FormatDouble(0.0123), "0.0123");
  EXPECT_EQ(FormatDouble(1.7976931348623157e308), "1.7976931348623157E308");
  EXPECT_EQ(FormatDouble(-12345.678), "-12345.678");
  EXPECT_EQ(FormatDouble(-2.5), "-2.5");
  EXPECT_EQ(Serialize(Value(int64_t{-9007199254740993})), "-9007199254740993");
}

TEST(WriterTest, IndentsWhenAsked) {
  Value v(Members{{"a", Array{1}}, {"b", Value::FromUniqueMembers({})}});
  EXPECT_EQ(Serialize(v, {.indent = 2}), "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}");
}

TEST(WriterTest, WritesValidUtf8WhateverAStringHolds) {
  // A byte that starts no valid UTF-8 sequence becomes U+FFFD; valid sequences stay.
  Value v(Array{Value(std::string("a\xb4") + "b"), Value(std::string("\xc3\xa9\xe2\x82") + "!"),
                Value(std::string("\xed\xa0\x80"))});
  EXPECT_EQ(Serialize(v),
            "[\"a\xEF\xBF\xBD"
            "b\",\"\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD!\","
            "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"]");
  EXPECT_TRUE(ParseValue(Serialize(v)));
  EXPECT_EQ(CharacterAt("a\xc3\xa9", 1), "\xc3\xa9");
  EXPECT_EQ(CharacterAt("a\xc3", 1), "\xEF\xBF\xBD");
  EXPECT_EQ(CharacterAt("a", 1), "");
}

TEST(WriterTest, EscapesSpecialBytesAtEveryOffsetOfAString) {
  // Plain bytes are skipped 8 at a time: each special byte is tried at every offset of a
  // string longer than two words, so that it falls in a word, at a word's edge and in the tail.
  struct Case {
    std::string byte;
    std::string written;
  };
  const Case cases[] = {{"\"", "\\\""},          {"\\", "\\\\"},
                        {"\n", "\\n"},           {std::string(1, '\x01'), "\\u0001"},
                        {"\x7f", "\x7f"},        {"\xc3\xa9", "\xc3\xa9"},
                        {"\xff", "\xEF\xBF\xBD"}};
  for (const Case& c : cases) {
    for (size_t at = 0; at <= 20; ++at) {
      std::string text = std::string(at, 'a') + c.byte + std::string(20 - at, 'b');
      std::string expected =
          "\"" + std::string(at, 'a') + c.written + std::string(20 - at, 'b') + "\"";
      EXPECT_EQ(Serialize(Value(text)), expected) << "byte " << c.written << " at " << at;
    }
  }
}

TEST(WriterTest, RoundTripsUnicode) {
  std::string text = R"(["é😀","\u2028"])";
  Value v = *ParseValue(text);
  EXPECT_EQ(*ParseValue(Serialize(v)), v);
}

}  // namespace
}  // namespace asl::json
