#include "core/api/session.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::api {
namespace {

json::Value J(const std::string& text) { return *json::ParseValue(text); }

constexpr std::string_view kTask = R"({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
        "End": true}}})";

TEST(SessionTest, MockedTaskFinishesWithoutHost) {
  Session s = Session::Create(kTask, R"({"a": 1})", R"({"mocks": {"T": {"0": {"Return": {"b": 2}}}}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  EXPECT_EQ(*state.Find("state"), json::Value("finished"));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*report.Find("output"), J(R"({"b": 2})"));
  EXPECT_TRUE(report.Find("events")->is_array());
  EXPECT_TRUE(report.Find("dataFlow")->is_array());
}

TEST(SessionTest, UnmockedTaskWaitsForHostAndCompletes) {
  Session s = Session::Create(kTask, R"({"a": 1})", "");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  ASSERT_EQ(*state.Find("state"), json::Value("waiting"));
  const json::Value& pending = *state.Find("pending")->At(0);
  EXPECT_EQ(*pending.Find("state"), json::Value("T"));
  EXPECT_EQ(*pending.Find("input"), J(R"({"a": 1})"));
  EXPECT_EQ(*pending.Find("attempt"), json::Value(int64_t{0}));
  EXPECT_EQ(s.Complete("nope", "{}"), R"({"error":"no pending task has the token 'nope'"})");
  EXPECT_NE(J(s.Complete(pending.Find("token")->as_string(), "[1,")).Find("error"), nullptr);
  EXPECT_EQ(s.Complete(pending.Find("token")->as_string(), R"({"r": 3})"), R"({"ok":true})");
  EXPECT_EQ(*J(s.Advance(1000)).Find("state"), json::Value("finished"));
  EXPECT_EQ(*J(s.Report()).Find("output"), J(R"({"r": 3})"));
}

TEST(SessionTest, FailedTaskFailsExecution) {
  Session s = Session::Create(kTask, "{}", R"({"history": false, "dataFlow": false})");
  json::Value state = J(s.Advance(1000));
  std::string token = state.Find("pending")->At(0)->Find("token")->as_string();
  EXPECT_EQ(s.Fail(token, "Boom", "it broke"), R"({"ok":true})");
  s.Advance(1000);
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("FAILED"));
  EXPECT_EQ(*report.Find("error"), json::Value("Boom"));
  EXPECT_EQ(*report.Find("cause"), json::Value("it broke"));
  EXPECT_EQ(report.Find("events"), nullptr);
}

TEST(SessionTest, StepBudgetAndStop) {
  Session s = Session::Create(
      R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Pass", "Next": "C"}, "C": {"Type": "Pass", "Next": "D"},
          "D": {"Type": "Pass", "Next": "E"}, "E": {"Type": "Pass", "End": true}}})",
      "{}", "");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*J(s.Advance(2)).Find("state"), json::Value("running"));
  EXPECT_EQ(s.Stop(), R"({"ok":true})");
  EXPECT_EQ(*J(s.Advance(3)).Find("state"), json::Value("finished"));
  EXPECT_EQ(*J(s.Report()).Find("status"), json::Value("ABORTED"));
}

TEST(SessionTest, InvalidDefinitionReturnsDiagnostics) {
  Session s = Session::Create(R"({"StartAt": "X", "States": {}})", "{}", "");
  ASSERT_FALSE(s.ok());
  json::Value error = J(s.error());
  EXPECT_EQ(*error.Find("error"), json::Value("the definition has errors"));
  EXPECT_GT(error.Find("diagnostics")->size(), 0u);
  EXPECT_EQ(s.Advance(10), s.error());
}

TEST(SessionTest, BadInputAndOptionsAreErrors) {
  EXPECT_EQ(J(Session::Create(kTask, "{", "").error()).Find("error")->as_string().rfind("input:", 0),
            0u);
  EXPECT_EQ(*J(Session::Create(kTask, "{}", R"({"seed": -1})").error()).Find("error"),
            json::Value("seed must be a non-negative integer"));
  EXPECT_EQ(*J(Session::Create(kTask, "{}", R"({"startTime": "x"})").error()).Find("error"),
            json::Value("startTime must be an RFC 3339 timestamp"));
}

}  // namespace
}  // namespace asl::api
