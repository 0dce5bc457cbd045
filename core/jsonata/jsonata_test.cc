#include "core/jsonata/jsonata.h"

#include <gtest/gtest.h>

#include <chrono>

#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/jsonata/evaluator.h"

namespace asl::jsonata {
namespace {

json::Value J(std::string_view text) { return *json::ParseValue(text); }

Result Eval(std::string_view expr, std::optional<json::Value> input = std::nullopt,
            const Bindings& bindings = {}, const Limits& limits = {}) {
  auto compiled = Compile(expr);
  if (auto* error = std::get_if<Error>(&compiled)) {
    Result r;
    r.kind = Result::Kind::kError;
    r.error = *error;
    return r;
  }
  return Evaluate(std::get<Expression>(compiled), input, bindings, limits);
}

std::string Text(const Result& r) {
  if (r.kind == Result::Kind::kError) return "error " + r.error.code;
  if (r.kind == Result::Kind::kUndefined) return "undefined";
  return json::Serialize(r.value);
}

TEST(JsonataTest, PathsPredicatesAndSingletonRules) {
  json::Value input =
      J(R"({"orders":[{"id":1,"items":[{"p":5},{"p":15}]},{"id":2,"items":[{"p":20}]}]})");
  EXPECT_EQ(Text(Eval("orders.items.p", input)), "[5,15,20]");
  EXPECT_EQ(Text(Eval("orders[id=2].items.p", input)), "20");
  EXPECT_EQ(Text(Eval("orders[id=2].items.p[]", input)), "[20]");
  EXPECT_EQ(Text(Eval("orders.items[p > 10].p", input)), "[15,20]");
  EXPECT_EQ(Text(Eval("$sum(orders.items.p)", input)), "40");
  EXPECT_EQ(Text(Eval("missing.field", input)), "undefined");
}

TEST(JsonataTest, IntegralResultsPrintWithoutFraction) {
  EXPECT_EQ(Text(Eval("6 / 2")), "3");
  EXPECT_EQ(Text(Eval("7 / 2")), "3.5");
  EXPECT_EQ(Text(Eval("$string(0.1 + 0.2)")), "\"0.3\"");
}

TEST(JsonataTest, UndefinedIsDistinctFromNull) {
  EXPECT_EQ(Text(Eval("null")), "null");
  EXPECT_EQ(Text(Eval("$nothing")), "undefined");
  EXPECT_EQ(Text(Eval("$exists(null)")), "true");
  EXPECT_EQ(Text(Eval("{\"a\": $nothing, \"b\": null}")), "{\"b\":null}");
}

TEST(JsonataTest, SyntaxErrorsCarryCodeAndPosition) {
  auto compiled = Compile("foo.(bar");
  ASSERT_TRUE(std::holds_alternative<Error>(compiled));
  const Error& e = std::get<Error>(compiled);
  EXPECT_EQ(e.code, "S0203");
  EXPECT_EQ(e.position, 8);
  EXPECT_EQ(e.message, "Expected \")\" before end of expression");
}

TEST(JsonataTest, PositionsCountUtf16CodeUnits) {
  auto compiled = Compile("\"\xC3\xA9\xF0\x9D\x84\x9E\" + ");
  ASSERT_TRUE(std::holds_alternative<Error>(compiled));
  // The string literal is 3 UTF-16 units plus 2 quotes; " + " follows; the end is at 8.
  EXPECT_EQ(std::get<Error>(compiled).code, "S0207");
  EXPECT_EQ(std::get<Error>(compiled).position, 8);
}

TEST(JsonataTest, RuntimeErrorsUseReferenceMessages) {
  Result r = Eval("\"s\" - 1");
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "T2001");
  EXPECT_EQ(r.error.position, 5);
  EXPECT_EQ(r.error.message, "The left side of the \"-\" operator must evaluate to a number");
  Result sig = Eval("$substring(\"a\", \"b\")");
  ASSERT_EQ(sig.kind, Result::Kind::kError);
  EXPECT_EQ(sig.error.code, "T0410");
  EXPECT_EQ(sig.error.position, 11);
  EXPECT_EQ(sig.error.message,
            "Argument 2 of function \"substring\" does not match function signature");
}

TEST(JsonataTest, BindingsProvideVariables) {
  Bindings b;
  b.Set("states", J(R"({"input":{"n":41}})"));
  EXPECT_EQ(Text(Eval("$states.input.n + 1", std::nullopt, b)), "42");
}

TEST(JsonataTest, RegisteredNativeFunctionsAreCallableAndValidated) {
  Bindings b;
  b.SetFunction("twice", "<n:n>", [](NativeCall& call) -> Value {
    return Value::Number(call.args[0].AsNumber() * 2);
  });
  EXPECT_EQ(Text(Eval("$twice(21)", std::nullopt, b)), "42");
  EXPECT_EQ(Text(Eval("[1,2] ~> $map($twice)", std::nullopt, b)), "[2,4]");
  EXPECT_EQ(Text(Eval("$twice(\"x\")", std::nullopt, b)), "error T0410");
  b.SetFunction("boom", "", [](NativeCall& call) -> Value {
    Error e = MakeError("States.QueryEvaluationError");
    e.message = "boom";
    call.evaluator.Fail(e);
    return Value();
  });
  Result r = Eval("$boom()", std::nullopt, b);
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.message, "boom");
}

TEST(JsonataTest, DepthLimitStopsRunawayRecursion) {
  Limits limits;
  limits.max_depth = 200;
  Result r = Eval("($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(1000))", std::nullopt, {},
                  limits);
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
}

TEST(JsonataTest, TailCallsRunInConstantDepth) {
  Limits limits;
  limits.max_depth = 200;
  limits.time_limit_ms = 30000;  // Depth is under test, not speed (sanitizer builds are slow).
  EXPECT_EQ(Text(Eval("($f := function($n, $acc){ $n = 0 ? $acc : $f($n - 1, $acc + 1) };"
                      " $f(10000, 0))",
                      std::nullopt, {}, limits)),
            "10000");
}

TEST(JsonataTest, TimeLimitStopsInfiniteLoops) {
  Limits limits;
  limits.time_limit_ms = 50;
  Result r = Eval("($f := function(){ $f() }; $f())", std::nullopt, {}, limits);
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
  EXPECT_EQ(r.error.message, "Expression evaluation timeout: Check for infinite loop");
}

// Large constructions (ranges, array copies, sorting, grouping) under the time limit: they
// finish or fail with U1001 in bounded time, and keep the reference's results.
Result EvalWithin(std::string_view expr, int64_t time_limit_ms) {
  Limits limits;
  limits.time_limit_ms = time_limit_ms;
  return Eval(expr, std::nullopt, {}, limits);
}

TEST(JsonataLimitsTest, ARangeAloneInAnArrayStaysUnmaterialized) {
  // `[a..b]` is the range itself: counting ten million items costs no copy.
  EXPECT_EQ(Text(EvalWithin("[1..10000000] ~> $count()", 1000)), "10000000");
  EXPECT_EQ(Text(EvalWithin("[1..10000000][-1]", 1000)), "10000000");
  EXPECT_EQ(Text(EvalWithin("[3..5]", 1000)), "[3,4,5]");
  EXPECT_EQ(Text(EvalWithin("[[1..3]]", 1000)), "[[1,2,3]]");
  EXPECT_EQ(Text(EvalWithin("[1..3, 7]", 1000)), "[1,2,3,7]");
}

TEST(JsonataLimitsTest, RangesOverTenMillionItemsFailWithD2014) {
  Result r = EvalWithin("[1..10000001]", 1000);
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
    Result r = EvalWithin(expr, 1);
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
  EXPECT_EQ(Text(EvalWithin("[1..200000]{\"all\": $count($)}", 5000)), "{\"all\":200000}");
  EXPECT_EQ(Text(EvalWithin("[1..6]{$string($ % 2): $sum($)}", 1000)), "{\"1\":9,\"0\":12}");
  EXPECT_EQ(Text(EvalWithin("$count($spread([1..200000]))", 5000)), "200000");
}

TEST(JsonataTest, NowIsFixedByLimits) {
  Limits limits;
  limits.now_millis = 1510067274972;
  EXPECT_EQ(Text(Eval("$now()", std::nullopt, {}, limits)), "\"2017-11-07T15:07:54.972Z\"");
  EXPECT_EQ(Text(Eval("$millis()", std::nullopt, {}, limits)), "1510067274972");
}

TEST(JsonataTest, DeeplyNestedResultsDoNotOverflow) {
  Limits limits;
  // What is tested is the depth, not the time: a sanitizer build on a loaded machine took 36 s.
  limits.time_limit_ms = 300000;
  Result r = Eval("($x := $reduce([1..20000], function($a, $b){ {\"n\": $a} }, 0); $x = $x)",
                  std::nullopt, {}, limits);
  EXPECT_EQ(Text(r), "true");
  // Structures far deeper than the native stack could unwind are released without recursion.
  r = Eval("$count([$reduce([1..200000], function($a, $b){ {\"n\": [$a]} }, 0)])", std::nullopt, {},
           limits);
  EXPECT_EQ(Text(r), "1");
}

TEST(JsonataTest, TransformCopiesAndModifies) {
  json::Value input = J(R"({"a":{"b":1,"c":2}})");
  EXPECT_EQ(Text(Eval("$ ~> |a|{\"b\": 10}, [\"c\"]|", input)), "{\"a\":{\"b\":10}}");
  EXPECT_EQ(Text(Eval("a.b", input)), "1");
}

// Large strings count against Limits::large_string_bytes, checked before they are built, so
// that an expression cannot exhaust memory (a browser's WebAssembly module aborts then).
Result EvalWithStrings(std::string_view expr, int64_t large_string_bytes) {
  Limits limits;
  limits.large_string_bytes = large_string_bytes;
  limits.time_limit_ms = 30000;
  return Eval(expr, std::nullopt, {}, limits);
}

void ExpectStringLimit(std::string_view expr) {
  Result r = EvalWithStrings(expr, int64_t{8} << 20);
  ASSERT_EQ(r.kind, Result::Kind::kError) << expr;
  EXPECT_EQ(r.error.code, "U1003") << expr;
  EXPECT_NE(r.error.message.find("may total 8 MiB"), std::string::npos) << r.error.message;
}

TEST(JsonataLimitsTest, LargeStringsHaveABudget) {
  ExpectStringLimit("$pad('', 20000000)");
  ExpectStringLimit("($s := $pad('', 3000000, 'x'); $s & $s & $s)");
  ExpectStringLimit("($s := $pad('', 2000000, 'x'); $join([$s, $s, $s, $s, $s]))");
  ExpectStringLimit("$string([1..3000000])");
  ExpectStringLimit("'' & [1..3000000]");
  ExpectStringLimit("($s := $pad('', 1000000, 'x'); $replace($s, 'x', 'yyyyyyyyyy'))");
  ExpectStringLimit("($s := $pad('', 1000000, 'x'); $replace($s, /x/, 'yyyyyyyyyy'))");
  ExpectStringLimit("($s := $pad('', 3000000, 'x'); $encodeUrlComponent($s & ' '))");
  ExpectStringLimit("$count([1..20].$pad('', 1100000, 'x'))");
}

TEST(JsonataLimitsTest, StringsUnderTheBudgetAreBuilt) {
  EXPECT_EQ(Text(EvalWithStrings("$length($pad('', 3000000, 'x') & 'y')", int64_t{8} << 20)),
            "3000001");
  EXPECT_EQ(Text(EvalWithStrings("$length($string([1..100000]))", int64_t{8} << 20)), "588896");
  // Small strings never count: a loop that builds many stays within any budget.
  EXPECT_EQ(Text(EvalWithStrings("$length($reduce([1..2000], function($a, $v) { $a & 'abcdefgh' "
                                 "}, ''))",
                                 int64_t{1} << 20)),
            "16000");
  // Once the budget is nearly spent, small strings are still built.
  EXPECT_EQ(
      Text(EvalWithStrings("($s := $pad('', 8388000, 'x'); [$replace($pad('', 700, 'a'), 'a', "
                           "'b'), $replace($pad('', 700, 'a'), /a/, 'b')].$length())",
                           int64_t{8} << 20)),
      "[700,700]");
  // The default budget (256 MiB) is off with <= 0.
  EXPECT_EQ(Text(EvalWithStrings("$length($pad('', 3000000))", 0)), "3000000");
}

}  // namespace
}  // namespace asl::jsonata
