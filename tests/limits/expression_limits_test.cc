// Limits of expressions (issue 7): JSONata's evaluation depth and time (U1001), its budget for
// large strings (U1003), and the
// intrinsic functions' limits (States.ArrayRange at most 1,000 items; States.Base64Encode,
// States.Base64Decode and States.Hash at most 10,000 characters), which fail the state with
// States.IntrinsicFailure, as AWS documents
// (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <variant>

#include "core/jsonata/jsonata.h"
#include "tests/limits/run_helper.h"

namespace asl::limits_test {
namespace {

using engine::ExecutionStatus;

jsonata::Result EvaluateJsonata(std::string_view text, const jsonata::Limits& limits) {
  auto compiled = jsonata::Compile(text);
  if (auto* error = std::get_if<jsonata::Error>(&compiled)) {
    ADD_FAILURE() << "does not compile: " << error->code;
    return {};
  }
  return jsonata::Evaluate(std::get<jsonata::Expression>(compiled), std::nullopt, {}, limits);
}

TEST(ExpressionLimitsTest, JsonataRecursionStopsAtTheDefaultDepth) {
  jsonata::Limits limits;  // The defaults the engine uses: depth 1000, one second.
  jsonata::Result r = EvaluateJsonata("($f := function($n){ 1 + $f($n + 1) }; $f(0))", limits);
  ASSERT_EQ(r.kind, jsonata::Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
  EXPECT_EQ(r.error.message,
            "Stack overflow error: Check for non-terminating recursive function.  Consider "
            "rewriting as tail-recursive.");
}

TEST(ExpressionLimitsTest, JsonataEndlessLoopStopsAtTheTimeLimit) {
  jsonata::Limits limits;
  limits.time_limit_ms = 100;
  jsonata::Result r = EvaluateJsonata("($f := function(){ $f() }; $f())", limits);
  ASSERT_EQ(r.kind, jsonata::Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
  EXPECT_EQ(r.error.message, "Expression evaluation timeout: Check for infinite loop");
}

TEST(ExpressionLimitsTest, JsonataDefaultLimitsMatchTheDocumentedOnes) {
  jsonata::Limits limits;
  EXPECT_EQ(limits.max_depth, 1000);
  EXPECT_EQ(limits.time_limit_ms, 1000);
  EXPECT_EQ(limits.large_string_bytes, int64_t{256} << 20);
}

// Text that would outgrow the budget fails before it is built (in a browser, building it
// would exhaust the WebAssembly module's memory), and the state fails with an ASL error.
TEST(ExpressionLimitsTest, JsonataHugeTextFailsTheExecution) {
  std::string definition = R"({"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{
      "Type":"Pass","End":true,
      "Output":"{% ($s := $pad('', 60000000, 'x'); $length($join([$s, $s, $s, $s, $s]))) %}"}}})";
  api::RunResult run = RunDefinition(definition);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "States.QueryEvaluationError");
  EXPECT_NE(run.report.cause.value_or("").find("may total 256 MiB"), std::string::npos)
      << run.report.cause.value_or("");
}

// A JSONata state whose expression recurses forever fails the execution with an ASL error.
TEST(ExpressionLimitsTest, JsonataRecursionInAStateFailsTheExecution) {
  std::string definition = R"({"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{
      "Type":"Pass","Output":"{% ($f := function($n){ 1 + $f($n + 1) }; $f(0)) %}",
      "End":true}}})";
  api::RunResult run = RunDefinition(definition);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "States.QueryEvaluationError") << run.report.cause.value_or("");
}

struct IntrinsicLimitCase {
  const char* name;
  const char* call;   // Evaluated on the input below.
  bool within_limit;  // Whether the call stays within its function's limit.
  const char* cause;  // For calls over the limit: the cause's start.
};

std::string Repeat(std::string_view unit, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// Strings of 10,000 and 10,001 characters, and Base64 texts of 10,000 and 10,004 ("AAA"...).
json::Value LimitsInput() {
  return json::Value(json::Members{
      {"s10000", json::Value(std::string(10000, 'a'))},
      {"s10001", json::Value(std::string(10001, 'a'))},
      {"b10000", json::Value(Repeat("QUFB", 2500))},
      {"b10004", json::Value(Repeat("QUFB", 2501))},
  });
}

class IntrinsicLimitTest : public ::testing::TestWithParam<IntrinsicLimitCase> {};

TEST_P(IntrinsicLimitTest, LimitIsAnIntrinsicFailure) {
  const IntrinsicLimitCase& c = GetParam();
  std::string definition = std::string(R"({"StartAt":"P","States":{"P":{"Type":"Pass",
      "Parameters":{"r.$":")") +
                           c.call + R"("},"End":true}}})";
  api::RunResult run = RunDefinition(definition, LimitsInput());
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  if (c.within_limit) {
    EXPECT_EQ(run.report.status, ExecutionStatus::kSucceeded)
        << run.report.error.value_or("") << ": " << run.report.cause.value_or("");
    return;
  }
  ASSERT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "States.IntrinsicFailure");
  EXPECT_NE(run.report.cause.value_or("").find(c.cause), std::string::npos)
      << run.report.cause.value_or("");
}

INSTANTIATE_TEST_SUITE_P(
    Intrinsics, IntrinsicLimitTest,
    ::testing::Values(IntrinsicLimitCase{"RangeOf1000", "States.ArrayRange(1, 1000, 1)", true, ""},
                      IntrinsicLimitCase{"RangeOf1001", "States.ArrayRange(0, 1000, 1)", false,
                                         "States.ArrayRange can create at most 1000 items"},
                      IntrinsicLimitCase{"RangeHuge",
                                         "States.ArrayRange(-9000000000, 9000000000, 1)", false,
                                         "States.ArrayRange can create at most 1000 items"},
                      IntrinsicLimitCase{"Encode10000", "States.Base64Encode($.s10000)", true, ""},
                      IntrinsicLimitCase{"Encode10001", "States.Base64Encode($.s10001)", false,
                                         "can have at most 10000 characters; it has 10001."},
                      IntrinsicLimitCase{"Decode10000", "States.Base64Decode($.b10000)", true, ""},
                      IntrinsicLimitCase{"Decode10004", "States.Base64Decode($.b10004)", false,
                                         "can have at most 10000 characters; it has 10004."},
                      IntrinsicLimitCase{"Hash10000", "States.Hash($.s10000, 'SHA-512')", true, ""},
                      IntrinsicLimitCase{"Hash10001", "States.Hash($.s10001, 'MD5')", false,
                                         "can have at most 10000 characters; it has 10001."}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace asl::limits_test
