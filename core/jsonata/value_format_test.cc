#include "core/jsonata/value_format.h"

#include <gtest/gtest.h>

namespace asl::jsonata {
namespace {

TEST(ValueFormatTest, NumbersPrintLikeJavaScript) {
  EXPECT_EQ(FormatNumber(3), "3");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(FormatNumber(1e21), "1e+21");
  EXPECT_EQ(FormatNumber(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(FormatNumber(1.5e-7), "1.5e-7");
  EXPECT_EQ(FormatNumber(0.000001), "0.000001");
}

TEST(ValueFormatTest, StringifyRoundsToFifteenDigits) {
  EXPECT_EQ(Stringify(Value::Number(0.1 + 0.2)), "0.3");
  auto obj = NewObject();
  obj->entries.emplace_back("a", Value::Number(1));
  obj->entries.emplace_back("skip", Value());
  EXPECT_EQ(Stringify(Value(obj)), "{\"a\":1}");
  EXPECT_EQ(Stringify(Value(obj), 2), "{\n  \"a\": 1\n}");
}

TEST(ValueFormatTest, CodePointsRoundTrip) {
  const std::string text = "a\xC3\xA9\xF0\x9D\x84\x9E";  // a, e-acute, musical G clef
  std::u32string cps = ToCodePoints(text);
  ASSERT_EQ(cps.size(), 3u);
  EXPECT_EQ(cps[2], U'\U0001D11E');
  EXPECT_EQ(FromCodePoints(cps), text);
}

}  // namespace
}  // namespace asl::jsonata
