#include "core/api/run.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::api {
namespace {

TEST(RunTest, RunsAValidDefinitionWithMocks) {
  auto table = mocks::ParseMockTableText(R"({"Call": {"0": {"Return": {"ok": true}}}})", "m.json");
  ASSERT_TRUE(std::holds_alternative<mocks::MockTable>(table));
  RunRequest request;
  request.definition = R"({"StartAt": "Call", "States": {"Call": {"Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})";
  request.mocks = &std::get<mocks::MockTable>(table);
  RunResult result = api::Run(request);
  ASSERT_TRUE(result.ran);
  EXPECT_EQ(result.report.status, engine::ExecutionStatus::kSucceeded);
  EXPECT_EQ(result.report.output, *json::ParseValue(R"({"ok": true})"));
  EXPECT_FALSE(result.report.history.empty());
}

TEST(RunTest, DoesNotRunAnInvalidDefinition) {
  RunRequest request;
  request.definition = R"({"StartAt": "A", "States": {}})";
  RunResult result = api::Run(request);
  EXPECT_FALSE(result.ran);
  EXPECT_FALSE(result.validation.valid);
}

TEST(RunTest, EndsALoopAtTheRequestedHistoryQuota) {
  RunRequest request;
  request.definition = R"({"StartAt": "Loop", "States": {
      "Loop": {"Type": "Pass", "Next": "Check"},
      "Check": {"Type": "Choice", "Default": "Loop",
                "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}]},
      "Done": {"Type": "Succeed"}}})";
  request.max_history_events = 100;
  RunResult result = api::Run(request);
  ASSERT_TRUE(result.ran);
  EXPECT_EQ(result.report.status, engine::ExecutionStatus::kFailed);
  EXPECT_EQ(result.report.error, "States.Runtime");
  EXPECT_EQ(result.report.history.size(), 100u);
}

TEST(RunTest, ParseDocumentNamesFileLineAndColumn) {
  std::string error;
  EXPECT_FALSE(ParseDocument("{\n  \"a\": }", "input.json", &error));
  EXPECT_EQ(error.rfind("input.json:2:8: ", 0), 0u) << error;
}

}  // namespace
}  // namespace asl::api
