// Limits on the definition itself (issue 7): its size (the service's hard quota of 1 MB for
// a state machine definition, https://docs.aws.amazon.com/step-functions/latest/dg/limits.html)
// and its nesting, JSON and Parallel/Map. A limit reached is a diagnostic, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "core/api/asl.h"
#include "core/api/run.h"
#include "tests/limits/run_helper.h"

namespace asl::limits_test {
namespace {

constexpr size_t kMaxDefinitionBytes = 1024 * 1024;

// A valid definition of at least `bytes` bytes: a Pass state whose Comment fills it.
std::string DefinitionOfSize(size_t bytes) {
  std::string head = R"({"StartAt":"A","States":{"A":{"Type":"Pass","Comment":")";
  std::string tail = R"(","End":true}}})";
  size_t fill = bytes > head.size() + tail.size() ? bytes - head.size() - tail.size() : 0;
  return head + std::string(fill, 'x') + tail;
}

TEST(DefinitionLimitsTest, DefinitionOfOneMegabyteIsAccepted) {
  std::string definition = DefinitionOfSize(kMaxDefinitionBytes);
  ASSERT_EQ(definition.size(), kMaxDefinitionBytes);
  api::ValidationReport report = api::Validate(definition);
  EXPECT_TRUE(report.valid) << ErrorCodes(report);
}

TEST(DefinitionLimitsTest, DefinitionOverOneMegabyteIsAnError) {
  std::string definition = DefinitionOfSize(kMaxDefinitionBytes + 1);
  api::ValidationReport report = api::Validate(definition);
  EXPECT_FALSE(report.valid);
  EXPECT_EQ(ErrorCodes(report), "DEFINITION_TOO_LARGE");
  api::RunResult run = RunDefinition(definition);
  EXPECT_FALSE(run.ran);
}

// JSON nesting deeper than the parser's bound (1000) is TOO_DEEPLY_NESTED, not a stack
// overflow, in validation and in runs.
TEST(DefinitionLimitsTest, JsonNestedTooDeeplyIsADiagnostic) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string definition =
      R"({"StartAt":"A","States":{"A":{"Type":"Pass","Result":)" + deep + R"(,"End":true}}})";
  api::ValidationReport report = api::Validate(definition);
  EXPECT_FALSE(report.valid);
  EXPECT_EQ(ErrorCodes(report), "TOO_DEEPLY_NESTED");
  ASSERT_FALSE(report.diagnostics.empty());
  EXPECT_NE(report.diagnostics[0].message.find("Flatten the definition."), std::string::npos)
      << report.diagnostics[0].message;
  EXPECT_FALSE(RunDefinition(definition).ran);
}

TEST(DefinitionLimitsTest, JsonNestedWithinTheBoundIsAccepted) {
  std::string nested = std::string(300, '[') + std::string(300, ']');
  std::string definition =
      R"({"StartAt":"A","States":{"A":{"Type":"Pass","Result":)" + nested + R"(,"End":true}}})";
  api::ValidationReport report = api::Validate(definition);
  EXPECT_TRUE(report.valid) << ErrorCodes(report);
}

// Parallel states nested `levels` deep, each with one branch, the innermost a Pass. State
// names are unique across the machine, as ASL requires.
std::string NestedParallels(int levels) {
  std::string state = R"({"Type":"Pass","End":true})";
  for (int i = levels; i > 0; --i) {
    std::string inner = "S" + std::to_string(i);
    state = R"({"Type":"Parallel","Branches":[{"StartAt":")" + inner + R"(","States":{")" + inner +
            R"(":)" + state + R"(}}],"End":true})";
  }
  return R"({"StartAt":"S0","States":{"S0":)" + state + "}}";
}

TEST(DefinitionLimitsTest, ParallelNestedTooDeeplyIsADiagnostic) {
  api::ValidationReport report = api::Validate(NestedParallels(200));
  EXPECT_FALSE(report.valid);
  EXPECT_NE(ErrorCodes(report).find("TOO_DEEPLY_NESTED"), std::string::npos) << ErrorCodes(report);
  EXPECT_FALSE(RunDefinition(NestedParallels(200)).ran);
}

TEST(DefinitionLimitsTest, ShallowParallelNestingRuns) {
  api::RunResult run = RunDefinition(NestedParallels(10));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, engine::ExecutionStatus::kSucceeded);
}

// Choice rules nested deeper than the model's bound (100) are TOO_DEEPLY_NESTED.
TEST(DefinitionLimitsTest, ChoiceRulesNestedTooDeeplyAreADiagnostic) {
  std::string rule = R"({"Variable":"$.x","IsPresent":true})";
  for (int i = 0; i < 300; ++i) rule = R"({"Not":)" + rule + "}";
  std::string definition = R"({"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[)" +
                           rule.substr(0, rule.size() - 1) +
                           R"(,"Next":"E"}],"Default":"E"},"E":{"Type":"Succeed"}}})";
  api::ValidationReport report = api::Validate(definition);
  EXPECT_FALSE(report.valid);
  EXPECT_NE(ErrorCodes(report).find("TOO_DEEPLY_NESTED"), std::string::npos) << ErrorCodes(report);
}

}  // namespace
}  // namespace asl::limits_test
