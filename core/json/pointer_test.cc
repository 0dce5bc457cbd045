#include "core/json/pointer.h"

#include <gtest/gtest.h>

namespace asl::json {
namespace {

TEST(PointerTest, EscapesAndSplits) {
  std::string p = AppendPointer(AppendPointer("", "States"), "a/b~c");
  EXPECT_EQ(p, "/States/a~1b~0c");
  EXPECT_EQ(SplitPointer(p), (std::vector<std::string>{"States", "a/b~c"}));
  EXPECT_EQ(AppendPointer("/Choices", 3), "/Choices/3");
  EXPECT_EQ(AppendPointer("/a", 0), "/a/0");
  EXPECT_EQ(AppendPointer("", 1234567890), "/1234567890");
  EXPECT_EQ(AppendPointer("/a", "~~//x~"), "/a/~0~0~1~1x~0");
  EXPECT_EQ(EscapePointerToken("~/"), "~0~1");
  EXPECT_EQ(AppendPointer("", "States", "a/b~c"), "/States/a~1b~0c");
  EXPECT_EQ(AppendPointer("/States/A", "Re/try", 10), "/States/A/Re~1try/10");
  EXPECT_EQ(AppendPointer("/x", "Branches", 0), AppendPointer(AppendPointer("/x", "Branches"), 0));
  EXPECT_EQ(ParentPointer("/States/A/Next"), "/States/A");
  EXPECT_EQ(ParentPointer("/States"), "");
  EXPECT_TRUE(SplitPointer("").empty());
  EXPECT_EQ(SplitPointer("/"), (std::vector<std::string>{""}));
}

TEST(PointerTest, WritesTokensIntoABuffer) {
  char buffer[32];
  EXPECT_EQ(EscapedTokenSize("a/b~c"), 7u);
  EXPECT_EQ(std::string(buffer, WriteEscapedToken(buffer, "a/b~c", 7)), "a~1b~0c");
  EXPECT_EQ(std::string(buffer, WriteEscapedToken(buffer, "plain", 5)), "plain");
  EXPECT_EQ(EscapedTokenSize(""), 0u);
  for (size_t index : {size_t{0}, size_t{9}, size_t{10}, size_t{907}, size_t{1234567890}}) {
    EXPECT_EQ(IndexTokenSize(index), std::to_string(index).size());
    EXPECT_EQ(std::string(buffer, WriteIndexToken(buffer, index)), std::to_string(index));
  }
}

}  // namespace
}  // namespace asl::json
