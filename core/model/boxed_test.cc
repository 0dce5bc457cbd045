#include "core/model/boxed.h"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>

#include "core/model/state_machine.h"

namespace asl::model {
namespace {

TEST(BoxedTest, CopiesAreDeepAndAMovedFromBoxHoldsNothing) {
  Boxed<std::string> a;
  *a.get() = "first";
  Boxed<std::string> b = a;
  *b.get() = "second";
  EXPECT_EQ(*a.get(), "first");
  EXPECT_EQ(*b.get(), "second");
  Boxed<std::string> c = std::move(a);
  EXPECT_EQ(a.get(), nullptr);  // NOLINT(bugprone-use-after-move): the contract under test.
  EXPECT_EQ(*c.get(), "first");
}

TEST(BoxedTest, StateBodiesAreReadTheSameWhetherBoxedOrInPlace) {
  static_assert(std::is_same_v<StoredBody<MapState>, Boxed<MapState>>);
  static_assert(std::is_same_v<StoredBody<ChoiceState>, ChoiceState>);
  State state;
  state.EmplaceBody<MapState>().label = "L";
  State copy = state;
  ASSERT_NE(copy.As<MapState>(), nullptr);
  EXPECT_EQ(copy.As<MapState>()->label, "L");
  EXPECT_NE(copy.As<MapState>(), state.As<MapState>());
  EXPECT_EQ(copy.As<TaskState>(), nullptr);
  state.EmplaceBody<ChoiceState>().default_state = "D";
  EXPECT_EQ(state.As<MapState>(), nullptr);
  ASSERT_NE(state.As<ChoiceState>(), nullptr);
  EXPECT_EQ(state.As<ChoiceState>()->default_state, "D");
}

}  // namespace
}  // namespace asl::model
