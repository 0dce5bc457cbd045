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
  Session s =
      Session::Create(kTask, R"({"a": 1})", R"({"mocks": {"T": {"0": {"Return": {"b": 2}}}}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  EXPECT_EQ(*state.Find("state"), json::Value("finished"));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*report.Find("output"), J(R"({"b": 2})"));
  EXPECT_TRUE(report.Find("events")->is_array());
  EXPECT_TRUE(report.Find("dataFlow")->is_array());
}

constexpr std::string_view kHostT = R"({"host": {"states": ["T"]}})";

TEST(SessionTest, UnmockedTaskWithoutHostFailsAsAslRunDoes) {
  Session s = Session::Create(kTask, "{}", "");
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(*J(s.Advance(1000)).Find("state"), json::Value("finished"));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("FAILED"));
  EXPECT_EQ(*report.Find("error"), json::Value("States.Runtime"));
  EXPECT_EQ(*report.Find("cause"),
            json::Value("No mock or task handler answers the Task state 'T'."));
}

TEST(SessionTest, HostedTaskWaitsForHostAndCompletes) {
  Session s = Session::Create(kTask, R"({"a": 1})", kHostT);
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  ASSERT_EQ(*state.Find("state"), json::Value("waiting"));
  EXPECT_EQ(*state.Find("status"), json::Value("RUNNING"));
  const json::Value& pending = *state.Find("pending")->At(0);
  EXPECT_EQ(*pending.Find("state"), json::Value("T"));
  EXPECT_EQ(*pending.Find("input"), J(R"({"a": 1})"));
  EXPECT_EQ(*pending.Find("attempt"), json::Value(int64_t{0}));
  EXPECT_EQ(s.Complete("nope", "{}"), R"({"error":"no pending task has the token 'nope'"})");
  EXPECT_NE(J(s.Complete(pending.Find("token")->as_string(), "[1,")).Find("error"), nullptr);
  EXPECT_EQ(s.Complete(pending.Find("token")->as_string(), R"({"r": 3})"), R"({"ok":true})");
  json::Value finished = J(s.Advance(1000));
  EXPECT_EQ(*finished.Find("state"), json::Value("finished"));
  EXPECT_EQ(*finished.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*J(s.Report()).Find("output"), J(R"({"r": 3})"));
}

TEST(SessionTest, HostByResourceAndMocksForTheRest) {
  constexpr std::string_view kTwo = R"({"StartAt": "A", "States": {
    "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B"},
    "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}})";
  Session s = Session::Create(kTwo, "{}",
                              R"({"host": {"resources": ["arn:aws:states:::sqs:sendMessage"]},
          "mocks": {"A": {"0": {"Return": {"from": "mock"}}}}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  ASSERT_EQ(*state.Find("state"), json::Value("waiting"));
  const json::Value& pending = *state.Find("pending")->At(0);
  EXPECT_EQ(*pending.Find("state"), json::Value("B"));
  EXPECT_EQ(*pending.Find("input"), J(R"({"from": "mock"})"));
}

TEST(SessionTest, HostStatesAndMockedStatesAlternateInALoop) {
  // The router remembers the last host state it found: the mocked state in between, and the
  // host state again, must each still go their own way.
  constexpr std::string_view kLoop = R"({"StartAt": "H", "States": {
    "H": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:h",
          "ResultPath": "$.h", "Next": "M"},
    "M": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:m",
          "ResultPath": "$.m", "Next": "Again"},
    "Again": {"Type": "Choice", "Choices": [{"Variable": "$.h", "NumericLessThan": 3,
                                             "Next": "H"}], "Default": "Done"},
    "Done": {"Type": "Succeed"}}})";
  Session s = Session::Create(kLoop, "{}", R"({"host": {"states": ["H"]},
      "mocks": {"M": {"0": {"Return": "mocked"}, "1": {"Return": "mocked"},
                      "2": {"Return": "mocked"}}}})");
  ASSERT_TRUE(s.ok()) << s.error();
  for (int round = 1; round <= 3; ++round) {
    json::Value state = J(s.Advance(1000));
    ASSERT_EQ(*state.Find("state"), json::Value("waiting")) << round;
    const json::Value& pending = *state.Find("pending")->At(0);
    EXPECT_EQ(*pending.Find("state"), json::Value("H"));
    EXPECT_EQ(s.Complete(pending.Find("token")->as_string(), std::to_string(round)),
              R"({"ok":true})");
  }
  EXPECT_EQ(*J(s.Advance(1000)).Find("state"), json::Value("finished"));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*report.Find("output"), J(R"({"h": 3, "m": "mocked"})"));
}

TEST(SessionTest, WithHostATaskNobodyAnswersFailsTheTask) {
  constexpr std::string_view kCaught = R"({"StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "Caught"}]},
    "Caught": {"Type": "Pass", "End": true}}})";
  Session s = Session::Create(kCaught, "{}", R"({"host": {"states": ["Other"]}})");
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(*J(s.Advance(1000)).Find("state"), json::Value("finished"));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*report.Find("output"), J(R"({"Error": "States.Runtime",
                  "Cause": "No mock or task handler answers the Task state 'T'."})"));
}

TEST(SessionTest, PendingContextsGiveTheContextObject) {
  Session s = Session::Create(
      kTask, R"({"a": 1})", R"({"host": {"states": ["T"]}, "startTime": "2025-06-01T12:00:00Z"})");
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s.PendingContexts(), "[]");
  json::Value state = J(s.Advance(1000));
  std::string token = state.Find("pending")->At(0)->Find("token")->as_string();
  json::Value contexts = J(s.PendingContexts());
  ASSERT_EQ(contexts.size(), 1u);
  const json::Value& context = *contexts.At(0);
  EXPECT_EQ(*context.Find("Execution")->Find("Input"), J(R"({"a": 1})"));
  EXPECT_EQ(*context.Find("Execution")->Find("StartTime"), json::Value("2025-06-01T12:00:00.000Z"));
  EXPECT_EQ(*context.Find("StateMachine")->Find("Name"), json::Value("StateMachine"));
  EXPECT_EQ(*context.Find("State"), J(R"({"Name": "T", "EnteredTime": "2025-06-01T12:00:00.000Z",
                                          "RetryCount": 0})"));
  EXPECT_EQ(*context.Find("Task")->Find("Token"), json::Value(token));
}

TEST(SessionTest, ContextEnteredTimeFollowsTheVirtualClock) {
  constexpr std::string_view kWaitThenTask = R"({"StartAt": "W", "States": {
    "W": {"Type": "Wait", "Seconds": 90, "Next": "T"},
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Retry": [{"ErrorEquals": ["Again"], "IntervalSeconds": 5}]}}})";
  Session s = Session::Create(kWaitThenTask, "{}", kHostT);
  json::Value state = J(s.Advance(1000));
  std::string token = state.Find("pending")->At(0)->Find("token")->as_string();
  EXPECT_EQ(*J(s.PendingContexts()).At(0)->Find("State")->Find("EnteredTime"),
            json::Value("2024-01-01T00:01:30.000Z"));
  EXPECT_EQ(s.Fail(token, "Again", "once more"), R"({"ok":true})");
  state = J(s.Advance(1000));
  const json::Value& retry = *state.Find("pending")->At(0);
  EXPECT_EQ(*retry.Find("attempt"), json::Value(int64_t{1}));
  json::Value context = *J(s.PendingContexts()).At(0);
  EXPECT_EQ(*context.Find("State")->Find("RetryCount"), json::Value(int64_t{1}));
  EXPECT_EQ(*context.Find("State")->Find("EnteredTime"), json::Value("2024-01-01T00:01:30.000Z"));
}

TEST(SessionTest, ContextsOfParallelTasksAreTheirOwn) {
  constexpr std::string_view kTwoBranches = R"({"StartAt": "P", "States": {
    "P": {"Type": "Parallel", "End": true, "Branches": [
      {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                                        "End": true}}},
      {"StartAt": "W", "States": {
        "W": {"Type": "Wait", "Seconds": 30, "Next": "T2"},
        "T2": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}})";
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["T", "T2"]}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value state = J(s.Advance(1000));
  ASSERT_EQ(state.Find("pending")->size(), 1u);
  std::string first = state.Find("pending")->At(0)->Find("token")->as_string();
  EXPECT_EQ(s.Complete(first, "1"), R"({"ok":true})");
  state = J(s.Advance(1000));
  ASSERT_EQ(state.Find("pending")->size(), 1u);
  const json::Value& pending = *state.Find("pending")->At(0);
  json::Value context = *J(s.PendingContexts()).At(0);
  EXPECT_EQ(*context.Find("State"), J(R"({"Name": "T2", "EnteredTime": "2024-01-01T00:00:30.000Z",
                                          "RetryCount": 0})"));
  EXPECT_EQ(*context.Find("Task")->Find("Token"), *pending.Find("token"));
  EXPECT_NE(pending.Find("token")->as_string(), first);
}

TEST(SessionTest, EventsSinceReturnsOnlyNewEvents) {
  Session s = Session::Create(kTask, "{}", kHostT);
  s.Advance(1000);
  json::Value all = J(s.EventsSince(0));
  int64_t count = all.Find("count")->as_int();
  ASSERT_GT(count, 2);
  EXPECT_EQ(all.Find("events")->size(), static_cast<size_t>(count));
  EXPECT_EQ(*all.Find("events")->At(0)->Find("type"), json::Value("ExecutionStarted"));
  json::Value tail = J(s.EventsSince(count - 1));
  ASSERT_EQ(tail.Find("events")->size(), 1u);
  EXPECT_EQ(*tail.Find("events")->At(0), *all.Find("events")->At(count - 1));
  EXPECT_EQ(J(s.EventsSince(count + 5)).Find("events")->size(), 0u);
}

TEST(SessionTest, ReportPartsEqualTheReport) {
  Session s = Session::Create(kTask, R"({"a": 1})", R"({"mocks": {"T": {"0": {"Return": 5}}}})");
  s.Advance(1000);
  json::Value report = J(s.Report());
  EXPECT_EQ(J(s.Outcome()),
            J(R"({"status": "SUCCEEDED", "output": 5, "error": null, "cause": null})"));
  EXPECT_EQ(J(s.History()), *report.Find("events"));
  EXPECT_EQ(J(s.DataFlow()), *report.Find("dataFlow"));
  EXPECT_EQ(J(s.Report()), report);  // The final report is kept.
  EXPECT_EQ(J(s.EventsSince(0)).Find("events")->size(), report.Find("events")->size());
}

TEST(SessionTest, QuotaOptions) {
  constexpr std::string_view kLoop = R"({"StartAt": "A", "States": {
    "A": {"Type": "Pass", "Next": "B"},
    "B": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": false, "Next": "A"}],
          "Default": "C"},
    "C": {"Type": "Succeed"}}})";
  Session s = Session::Create(kLoop, "{}", R"({"maxTransitions": 10, "history": false})");
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(*J(s.Advance(1000)).Find("status"), json::Value("FAILED"));
  Session big =
      Session::Create(R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}})",
                      "\"" + std::string(300 * 1024, 'x') + "\"", R"({"maxPayloadBytes": 0})");
  big.Advance(1000);
  EXPECT_EQ(*J(big.Report()).Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*J(Session::Create(kLoop, "{}", R"({"maxHistoryEvents": -1})").error()).Find("error"),
            json::Value("maxHistoryEvents must be a non-negative integer"));
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

TEST(SessionTest, HeartbeatsAndTheVirtualClockTimeHostedTasks) {
  constexpr std::string_view kTimed = R"({"StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "TimeoutSeconds": 10, "HeartbeatSeconds": 4,
          "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Late"}]},
    "Late": {"Type": "Pass", "End": true}}})";
  Session s = Session::Create(kTimed, "{}", kHostT);
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value listing = J(s.Settle("", 1000));
  std::string token = listing.At(4)->as_string();
  constexpr int64_t kStart = 1704067200000;  // 2024-01-01T00:00:00Z, the default start.
  EXPECT_EQ(J(s.Clock()), J(R"({"now": 1704067200000, "next": 1704067204000})"));
  listing = J(s.AdvanceClockTo(kStart + 3000));
  EXPECT_EQ(listing.At(4)->as_string(), token);  // Still pending.
  EXPECT_EQ(s.Heartbeat(token), R"({"ok":true})");
  EXPECT_EQ(*J(s.Clock()).Find("next"), json::Value(kStart + 7000));
  EXPECT_EQ(s.Heartbeat("nope"), R"({"error":"no pending task has the token 'nope'"})");
  listing = J(s.AdvanceClockTo(kStart + 20000));
  EXPECT_EQ(*listing.At(0), json::Value(int64_t{2}));
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("SUCCEEDED"));
  EXPECT_EQ(*report.Find("output")->Find("Error"), json::Value("States.Timeout"));
  EXPECT_NE(s.Heartbeat(token).find("error"), std::string::npos);
  EXPECT_EQ(J(s.Clock()), J(R"({"now": 1704067207000, "next": null})"));
}

TEST(SessionTest, SettleAnswersEachListedTaskOnce) {
  // Two Task states in a row: each listing holds one task, and an answer applies to the task of
  // the listing before it only.
  constexpr std::string_view kTwoTasks = R"({"StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "U"},
    "U": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})";
  Session s = Session::Create(kTwoTasks, "{}", R"({"host": {"states": ["T", "U"]}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value first = J(s.Settle("", 1000));
  ASSERT_EQ(first.size(), 6u);  // [state, kinds, kind, attempt, token, input]
  EXPECT_NE(s.Settle("R1\x1eR2", 1000).find("there are more answers than listed tasks"),
            std::string::npos);
  json::Value second = J(s.Settle("R{\"t\": 1}", 1000));
  ASSERT_EQ(second.size(), 6u);
  EXPECT_NE(second.At(4)->as_string(), first.At(4)->as_string());
  EXPECT_EQ(*second.At(5), J(R"({"t": 1})"));
  json::Value done = J(s.Settle("R{\"u\": 2}", 1000));
  EXPECT_EQ(*done.At(0), json::Value(int64_t{2}));
  // Nothing is listed any more: a further answer has no task to go to.
  EXPECT_NE(s.Settle("R3", 1000).find("there are more answers than listed tasks"),
            std::string::npos);
  EXPECT_EQ(*J(s.Report()).Find("output"), J(R"({"u": 2})"));
}

TEST(SessionTest, InvalidDefinitionReturnsDiagnostics) {
  Session s = Session::Create(R"({"StartAt": "X", "States": {}})", "{}", "");
  ASSERT_FALSE(s.ok());
  json::Value error = J(s.error());
  EXPECT_EQ(*error.Find("error"), json::Value("the definition has errors"));
  EXPECT_EQ(*error.Find("kind"), json::Value("definition"));
  EXPECT_GT(error.Find("diagnostics")->size(), 0u);
  EXPECT_EQ(s.Advance(10), s.error());
}

TEST(SessionTest, BadInputAndOptionsAreErrors) {
  EXPECT_EQ(
      J(Session::Create(kTask, "{", "").error()).Find("error")->as_string().rfind("input:", 0), 0u);
  EXPECT_EQ(*J(Session::Create(kTask, "{}", R"({"seed": -1})").error()).Find("error"),
            json::Value("seed must be a non-negative integer"));
  EXPECT_EQ(*J(Session::Create(kTask, "{}", R"({"startTime": "x"})").error()).Find("error"),
            json::Value("startTime must be an RFC 3339 timestamp"));
  json::Value host = J(Session::Create(kTask, "{}", R"({"host": {"states": [1]}})").error());
  EXPECT_EQ(*host.Find("error"), json::Value("host.states must be an array of strings"));
  EXPECT_EQ(*host.Find("kind"), json::Value("options"));
}

}  // namespace
}  // namespace asl::api
