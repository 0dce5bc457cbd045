#include "core/json/position_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace asl::json {
namespace {

struct Names {
  std::vector<std::string> names;
  std::string_view operator()(size_t i) const { return names[i]; }
};

TEST(PositionTableTest, FindsEveryNameAtItsPositionWhileItGrows) {
  Names names;
  PositionTable table;
  for (size_t i = 0; i < 1000; ++i) {
    names.names.push_back("State" + std::to_string(i));
    ASSERT_EQ(table.Find(names.names[i], names), std::nullopt);
    ASSERT_EQ(table.Insert(i, names), std::nullopt);
    // Everything inserted so far is still found after each growth.
    if ((i & (i + 1)) == 0) {
      for (size_t j = 0; j <= i; ++j) ASSERT_EQ(table.Find(names.names[j], names), j);
    }
  }
  EXPECT_EQ(table.size(), 1000u);
  for (size_t i = 0; i < names.names.size(); ++i) {
    EXPECT_EQ(table.Find(names.names[i], names), i) << names.names[i];
  }
  EXPECT_EQ(table.Find("State1000", names), std::nullopt);
  EXPECT_EQ(table.Find("", names), std::nullopt);
  EXPECT_EQ(table.Find("state0", names), std::nullopt);
}

TEST(PositionTableTest, IndexesPositionsInAnyOrderAfterAReserve) {
  Names names{{"", "A", "B", "C"}};
  PositionTable table;
  table.Reserve(4, names);
  table.Insert(3, names);
  table.Insert(0, names);
  table.Insert(1, names);
  EXPECT_EQ(table.Find("C", names), 3u);
  EXPECT_EQ(table.Find("", names), 0u);
  EXPECT_EQ(table.Find("A", names), 1u);
  EXPECT_EQ(table.Find("B", names), std::nullopt);  // Position 2 was not inserted.
}

TEST(PositionTableTest, InsertingATakenNameReturnsThePositionThatHasIt) {
  Names names{{"A", "B", "A", "B", "C"}};
  PositionTable table;
  for (size_t i = 0; i < names.names.size(); ++i) table.Insert(i, names);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.Insert(2, names), 0u);
  EXPECT_EQ(table.Find("A", names), 0u);
  EXPECT_EQ(table.Find("B", names), 1u);
  EXPECT_EQ(table.Find("C", names), 4u);
}

TEST(PositionTableTest, AnEmptyTableFindsNothing) {
  Names names;
  PositionTable table;
  EXPECT_TRUE(table.empty());
  EXPECT_EQ(table.Find("A", names), std::nullopt);
}

}  // namespace
}  // namespace asl::json
