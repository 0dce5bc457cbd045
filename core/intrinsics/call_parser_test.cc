#include "core/intrinsics/call_parser.h"

#include <gtest/gtest.h>

namespace asl::intrinsics {
namespace {

Call MustParse(std::string_view text) {
  auto parsed = ParseCall(text);
  if (auto* problem = std::get_if<path::PathProblem>(&parsed)) {
    ADD_FAILURE() << text << ": " << problem->message;
    return {};
  }
  return std::get<Call>(std::move(parsed));
}

TEST(CallParserTest, LiteralsPathsAndNestedCalls) {
  Call call = MustParse("States.Format('a {} \\'q\\' \\{\\}', $.x, 12, -1.5, true, null)");
  EXPECT_EQ(call.function, Function::kFormat);
  ASSERT_EQ(call.args.size(), 6u);
  EXPECT_EQ(call.args[0].literal, json::Value("a {} 'q' {}"));
  EXPECT_EQ(call.args[0].raw, "a {} \\'q\\' \\{\\}");
  EXPECT_EQ(call.args[1].kind, Argument::Kind::kPath);
  EXPECT_EQ(call.args[1].path->text(), "$.x");
  EXPECT_EQ(call.args[2].literal, json::Value(12));
  EXPECT_EQ(call.args[3].literal, json::Value(-1.5));
  EXPECT_EQ(call.args[4].literal, json::Value(true));
  EXPECT_TRUE(call.args[5].literal.is_null());

  Call nested = MustParse(
      "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), "
      "States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))");
  ASSERT_EQ(nested.args.size(), 2u);
  EXPECT_EQ(nested.args[0].kind, Argument::Kind::kCall);
  EXPECT_EQ(nested.args[0].call->function, Function::kStringSplit);
  EXPECT_EQ(nested.args[1].call->args[0].call->function, Function::kArrayLength);

  EXPECT_EQ(MustParse("States.UUID()").args.size(), 0u);
  EXPECT_EQ(MustParse("States.Array()").args.size(), 0u);
  EXPECT_EQ(MustParse("States.Format('{}', $var)").args[1].path->variable(), "var");
  EXPECT_EQ(MustParse("States.ArrayLength($.a[?(@.x == 'a,b)')])").args[0].path->text(),
            "$.a[?(@.x == 'a,b)')]");
  EXPECT_EQ(MustParse("  States.MathAdd( $.a , 1 )  ").args[0].path->text(), "$.a");
}

TEST(CallParserTest, LooksLikeCall) {
  EXPECT_TRUE(LooksLikeCall("States.Format('x')"));
  EXPECT_TRUE(LooksLikeCall("States.Nope()"));
  EXPECT_FALSE(LooksLikeCall("$.States.Format"));
  EXPECT_FALSE(LooksLikeCall("States.Format"));
}

}  // namespace
}  // namespace asl::intrinsics
