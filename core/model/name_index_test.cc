#include "core/model/name_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace asl::model {
namespace {

struct Names {
  std::vector<std::string> names;
  std::string_view operator()(size_t i) const { return names[i]; }
};

TEST(NameIndexTest, FindsEveryNameAtItsPosition) {
  Names names;
  for (int i = 0; i < 1000; ++i) names.names.push_back("State" + std::to_string(i));
  NameIndex index;
  index.Build(names.names.size(), names);
  for (size_t i = 0; i < names.names.size(); ++i) {
    EXPECT_EQ(index.Find(names.names[i], names), i) << names.names[i];
  }
  EXPECT_EQ(index.Find("State1000", names), std::nullopt);
  EXPECT_EQ(index.Find("", names), std::nullopt);
  EXPECT_EQ(index.Find("state0", names), std::nullopt);
}

TEST(NameIndexTest, TheFirstOfTwoEqualNamesWins) {
  Names names{{"A", "B", "A", ""}};
  NameIndex index;
  index.Build(names.names.size(), names);
  EXPECT_EQ(index.Find("A", names), 0u);
  EXPECT_EQ(index.Find("B", names), 1u);
  EXPECT_EQ(index.Find("", names), 3u);
}

TEST(NameIndexTest, AnEmptyOrUnbuiltIndexFindsNothing) {
  Names names;
  NameIndex unbuilt;
  EXPECT_EQ(unbuilt.Find("A", names), std::nullopt);
  NameIndex empty;
  empty.Build(0, names);
  EXPECT_EQ(empty.Find("A", names), std::nullopt);
}

}  // namespace
}  // namespace asl::model
