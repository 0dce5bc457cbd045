// Large constructions (ranges, array copies, sorting, grouping) under the evaluation time
// limit: they finish or fail with U1001 in bounded time, and keep the reference's results.
#include <gtest/gtest.h>

#include <chrono>

#include "core/json/writer.h"
#include "core/jsonata/jsonata.h"

namespace asl::jsonata {
namespace {

Result Eval(std::string_view expr, int64_t time_limit_ms) {
  auto compiled = Compile(expr);
  if (auto* error = std::get_if<Error>(&compiled)) {
    Result r;
    r.kind = Result::Kind::kError;
    r.error = *error;
    return r;
  }
  Limits limits;
  limits.time_limit_ms = time_limit_ms;
  return Evaluate(std::get<Expression>(compiled), std::nullopt, {}, limits);
}

std::string Text(const Result& r) {
  if (r.kind == Result::Kind::kError) return "error " + r.error.code;
  if (r.kind == Result::Kind::kUndefined) return "undefined";
  return json::Serialize(r.value);
}

TEST(JsonataLimitsTest, ARangeAloneInAnArrayStaysUnmaterialized) {
  // `[a..b]` is the range itself: counting ten million items costs no copy.
  EXPECT_EQ(Text(Eval("[1..10000000] ~> $count()", 1000)), "10000000");
  EXPECT_EQ(Text(Eval("[1..10000000][-1]", 1000)), "10000000");
  EXPECT_EQ(Text(Eval("[3..5]", 1000)), "[3,4,5]");
  EXPECT_EQ(Text(Eval("[[1..3]]", 1000)), "[[1,2,3]]");
  EXPECT_EQ(Text(Eval("[1..3, 7]", 1000)), "[1,2,3,7]");
}

TEST(JsonataLimitsTest, RangesOverTenMillionItemsFailWithD2014) {
  Result r = Eval("[1..10000001]", 1000);
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "D2014");
  EXPECT_EQ(r.error.position, 4);
}

// Each expression copies, compares or groups ten million items or more; with a 1 ms budget
// each must stop with U1001, long before the work is done.
TEST(JsonataLimitsTest, CopyingLargeArraysHonoursTheTimeLimit) {
  for (const char* expr : {
           "[1..10000000, 0] ~> $count()",
           "$append([1..10000000], [1..10000000]) ~> $count()",
           "$reverse([1..10000000])[0]",
           "$sort([1..10000000])[0]",
           "$shuffle([1..10000000])[0]",
           "$distinct([1..100000]) ~> $count()",
           "$zip([1..10000000], [1..10000000]) ~> $count()",
           "$count([1..10000000].($ + 1))",
           "[1..10000000]{\"all\": $count($)}",
       }) {
    const auto start = std::chrono::steady_clock::now();
    Result r = Eval(expr, 1);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(Text(r), "error U1001") << expr;
    EXPECT_EQ(r.error.message, "Expression evaluation timeout: Check for infinite loop") << expr;
    // Generous for sanitizer builds on a loaded machine; the unchecked runs took seconds
    // natively and minutes ($distinct) before.
    EXPECT_LT(elapsed, std::chrono::seconds(3)) << expr;
  }
}

TEST(JsonataLimitsTest, GroupingManyItemsIsLinear) {
  // Grouping appended each item to its group's array (quadratic); 200,000 items into one
  // group now take milliseconds.
  EXPECT_EQ(Text(Eval("[1..200000]{\"all\": $count($)}", 5000)), "{\"all\":200000}");
  EXPECT_EQ(Text(Eval("[1..6]{$string($ % 2): $sum($)}", 1000)), "{\"1\":9,\"0\":12}");
  EXPECT_EQ(Text(Eval("$count($spread([1..200000]))", 5000)), "200000");
}

}  // namespace
}  // namespace asl::jsonata
