#include "core/model/pointer_arena.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace asl::model {
namespace {

TEST(PointerArenaTest, AppendsEscapedStepsAndIndexes) {
  PointerArena arena;
  EXPECT_EQ(arena.Append("", "States"), "/States");
  EXPECT_EQ(arena.Append("/States", "a/b~c"), "/States/a~1b~0c");
  EXPECT_EQ(arena.Append("/States/S", size_t{12}), "/States/S/12");
  EXPECT_EQ(arena.Append("", "States", "x/y"), "/States/x~1y");
  EXPECT_EQ(arena.Append("/States/S", "Retry", size_t{0}), "/States/S/Retry/0");
}

TEST(PointerArenaTest, ViewsStayValidAsTheArenaGrows) {
  PointerArena arena;
  std::vector<std::string_view> views;
  for (size_t i = 0; i < 5000; ++i) views.push_back(arena.Append("/States", "S", i));
  // A pointer longer than a block gets a block of its own, and the earlier views still hold.
  std::string long_name(20000, 'n');
  std::string_view long_view = arena.Append("/States", long_name);
  EXPECT_EQ(long_view, "/States/" + long_name);
  for (size_t i = 0; i < views.size(); ++i) {
    ASSERT_EQ(views[i], "/States/S/" + std::to_string(i));
  }
  EXPECT_EQ(arena.Append("/States", "after"), "/States/after");
}

}  // namespace
}  // namespace asl::model
