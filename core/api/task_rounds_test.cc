// TaskRounds through Session::Settle: listings, kinds crossing once, answers in listing order.
#include "core/api/task_rounds.h"

#include <gtest/gtest.h>

#include "core/api/session.h"
#include "core/json/parser.h"

namespace asl::api {
namespace {

json::Value J(const std::string& text) { return *json::ParseValue(text); }

constexpr std::string_view kLambda = "arn:aws:lambda:us-east-1:123456789012:function:f";

// The token of the `task`-th group of a listing.
std::string TokenOf(const json::Value& listing, size_t task) {
  return listing.At(2 + 4 * task + 2)->as_string();
}

TEST(TaskRoundsTest, ListsPendingTasksCompactlyAndTakesResults) {
  Session s = Session::Create(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}})",
                              R"({"a": 1.5})", R"({"host": {"states": ["T"]}})");
  ASSERT_TRUE(s.ok()) << s.error();
  json::Value listing = J(s.Settle("", 1000));
  ASSERT_EQ(listing.size(), 6u);
  EXPECT_EQ(*listing.At(0), json::Value(int64_t{1}));
  EXPECT_EQ(*listing.At(1), json::Value(json::Array{json::Value(json::Array{
                                json::Value("T"), json::Value(std::string(kLambda))})}));
  EXPECT_EQ(*listing.At(2), json::Value(int64_t{0}));  // kind
  EXPECT_EQ(*listing.At(3), json::Value(int64_t{0}));  // attempt
  EXPECT_EQ(TokenOf(listing, 0).size(), 36u);
  EXPECT_EQ(*listing.At(5), J(R"({"a": 1.5})"));
  EXPECT_EQ(s.Settle(R"(R{"r":3})", 1000), "[2,0]");
  EXPECT_EQ(*J(s.Report()).Find("output"), J(R"({"r": 3})"));
}

TEST(TaskRoundsTest, KindsCrossOnceAndRetriesCountAttempts) {
  Session s = Session::Create(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true,
      "Retry": [{"ErrorEquals": ["Again"], "IntervalSeconds": 1}]}}})",
                              "{}", R"({"host": {"states": ["T"]}})");
  json::Value first = J(s.Settle("", 1000));
  json::Value second = J(s.Settle(R"(F["Again","once more"])", 1000));
  ASSERT_EQ(second.size(), 6u);
  EXPECT_EQ(*second.At(1), json::Value(int64_t{0}));  // No new kinds.
  EXPECT_EQ(*second.At(2), json::Value(int64_t{0}));  // The kind of the first listing.
  EXPECT_EQ(*second.At(3), json::Value(int64_t{1}));  // attempt
  EXPECT_NE(TokenOf(second, 0), TokenOf(first, 0));
  EXPECT_EQ(s.Settle("Rnull", 1000), "[2,0]");
  json::Value events = *J(s.Report()).Find("events");
  bool saw_failure = false;
  for (size_t i = 0; i < events.size(); ++i) {
    const json::Value* details = events.At(i)->Find("lambdaFunctionFailedEventDetails");
    if (details == nullptr) continue;
    EXPECT_EQ(*details, J(R"({"error": "Again", "cause": "once more"})"));
    saw_failure = true;
  }
  EXPECT_TRUE(saw_failure);
}

constexpr std::string_view kTwoBranches = R"({"StartAt": "P", "States": {
  "P": {"Type": "Parallel", "End": true, "Branches": [
    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                                      "End": true}}},
    {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:send",
                                      "End": true}}}]}}})";

TEST(TaskRoundsTest, AnswersApplyInListingOrder) {
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["A", "B"]}})");
  json::Value listing = J(s.Settle("", 1000));
  ASSERT_EQ(listing.size(), 10u);
  EXPECT_EQ(*listing.At(1), J(R"([["A", "arn:aws:states:::lambda:invoke"],
                                  ["B", "arn:aws:states:::sqs:send"]])"));
  EXPECT_EQ(*listing.At(6), json::Value(int64_t{1}));
  EXPECT_EQ(s.Settle("R\"a\"\x1eR\"b\"", 1000), "[2,0]");
  EXPECT_EQ(*J(s.Report()).Find("output"), J(R"(["a", "b"])"));
}

TEST(TaskRoundsTest, SkippedTasksStayPendingAndAreListedAgain) {
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["A", "B"]}})");
  json::Value listing = J(s.Settle("", 1000));
  json::Value again = J(s.Settle("S\x1eR2", 1000));
  ASSERT_EQ(again.size(), 6u);
  EXPECT_EQ(*again.At(0), json::Value(int64_t{1}));
  EXPECT_EQ(TokenOf(again, 0), TokenOf(listing, 0));
  EXPECT_EQ(s.Settle("R1", 1000), "[2,0]");
  EXPECT_EQ(*J(s.Report()).Find("output"), J("[1, 2]"));
}

TEST(TaskRoundsTest, AResultThatIsNotJsonFailsItsTask) {
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["A", "B"]}})");
  s.Settle("", 1000);
  EXPECT_EQ(s.Settle("R[1,\x1eR2", 1000), "[2,0]");
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("error"), json::Value("States.Runtime"));
  EXPECT_EQ(*report.Find("cause"),
            json::Value("The result of the Task state 'A' is not valid JSON: result:1:1: The "
                        "document ends inside the array opened here; add ']'."));
}

TEST(TaskRoundsTest, AnswersToTasksNoLongerPendingAreDropped) {
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["A", "B"]}})");
  s.Settle("", 1000);
  EXPECT_EQ(s.Settle("F[\"Boom\",\"A failed\"]\x1eR2", 1000), "[2,0]");
  json::Value report = J(s.Report());
  EXPECT_EQ(*report.Find("status"), json::Value("FAILED"));
  EXPECT_EQ(*report.Find("error"), json::Value("Boom"));
}

TEST(TaskRoundsTest, MalformedAnswersApplyNothing) {
  Session s = Session::Create(kTwoBranches, "{}", R"({"host": {"states": ["A", "B"]}})");
  s.Settle("", 1000);
  for (std::string_view answers : {"X1", "R1\x1e", "R1\x1eR2\x1eR3",
                                   "R1\x1e"
                                   "F[1,2]",
                                   "R1\x1e"
                                   "F[\"only\"]"}) {
    json::Value error = J(s.Settle(answers, 1000));
    ASSERT_TRUE(error.is_object()) << answers;
    EXPECT_EQ(error.Find("error")->as_string().rfind("malformed answers: ", 0), 0u) << answers;
  }
  EXPECT_EQ(s.Settle("R1\x1eR2", 1000), "[2,0]");
  EXPECT_EQ(*J(s.Report()).Find("output"), J("[1, 2]"));
}

TEST(TaskRoundsTest, BudgetAndUnstartedSessions) {
  Session s = Session::Create(R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
      "B": {"Type": "Pass", "End": true}}})",
                              "{}", "");
  EXPECT_EQ(s.Settle("", 1), "[0,0]");
  EXPECT_EQ(s.Settle("", 5), "[2,0]");
  Session bad = Session::Create("{", "{}", "");
  EXPECT_EQ(bad.Settle("", 5), bad.error());
}

}  // namespace
}  // namespace asl::api
