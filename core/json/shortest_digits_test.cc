#include "core/json/shortest_digits.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace asl::json {
namespace {

TEST(ShortestDigitsTest, FindsTheFewestDigits) {
  EXPECT_EQ(ShortestDigits(0.1).digits, "1");
  EXPECT_EQ(ShortestDigits(0.1).exponent, -1);
  EXPECT_EQ(ShortestDigits(123.0).digits, "123");
  EXPECT_EQ(ShortestDigits(123.0).exponent, 2);
  EXPECT_EQ(ShortestDigits(1.0 / 3).digits, "3333333333333333");
  EXPECT_EQ(ShortestDigits(5e-324).digits, "5");
  EXPECT_EQ(ShortestDigits(5e-324).exponent, -324);
  EXPECT_EQ(ShortestDigits(1.7976931348623157e308).digits, "17976931348623157");
  // A power of two whose rounding interval is lopsided.
  EXPECT_EQ(ShortestDigits(9007199254740992.0).digits, "9007199254740992");
}

TEST(ShortestDigitsTest, DigitsReadBackForRandomDoubles) {
  std::mt19937_64 random(42);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = random() & 0x7FEFFFFFFFFFFFFFull;  // Finite, positive.
    double value;
    std::memcpy(&value, &bits, sizeof value);
    if (value == 0) continue;
    DecimalDigits d = ShortestDigits(value);
    std::string text = d.digits.substr(0, 1) + "." + d.digits.substr(1) + "e" + std::to_string(d.exponent);
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), value) << text;
    ASSERT_LE(d.digits.size(), 17u);
  }
}

}  // namespace
}  // namespace asl::json
