#include "core/validate/position_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace asl::validate {
namespace {

// Offsets at character boundaries (diagnostics never start inside a UTF-8 sequence).
std::vector<uint32_t> Boundaries(const std::string& text) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      out.push_back(i);
    }
  }
  return out;
}

TEST(PositionFinderTest, AgreesWithLineIndexEverywhere) {
  std::string text = "{\"a\": \"\xC3\xA9\xF0\x9F\x98\x80\",\r\n \"b\": 1,\r \"c\":\n\n [2]}";
  json::LineIndex lines(text);
  std::vector<uint32_t> offsets = Boundaries(text);
  PositionFinder finder(text, offsets);
  for (uint32_t i : offsets) EXPECT_EQ(finder.At(i), lines.ToPosition(i)) << "offset " << i;
}

TEST(PositionFinderTest, AnswersOffsetsItWasNotGiven) {
  std::string text = "ab\ncd\nef";
  json::LineIndex lines(text);
  PositionFinder finder(text, {4});
  for (uint32_t i = 0; i <= text.size() + 3; ++i) {
    EXPECT_EQ(finder.At(i), lines.ToPosition(i)) << "offset " << i;
  }
  EXPECT_EQ(finder.ToRange({3, 5}), lines.ToRange({3, 5}));
}

}  // namespace
}  // namespace asl::validate
