#include "core/engine/history.h"

#include <gtest/gtest.h>

#include "core/engine/data_flow.h"
#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

json::Value J(std::string_view text) { return *json::ParseValue(text); }

HistoryEvent Event(EventType type, int64_t previous = 0) {
  HistoryEvent e;
  e.type = type;
  e.previous_event_id = previous;
  return e;
}

TEST(EventTypeTest, NamesAndDetailKeys) {
  EXPECT_EQ(EventTypeName(EventType::kPassStateEntered), "PassStateEntered");
  EXPECT_EQ(EventTypeName(EventType::kMapIterationStarted), "MapIterationStarted");
  EXPECT_EQ(EventDetailsKey(EventType::kTaskStateEntered), "stateEnteredEventDetails");
  EXPECT_EQ(EventDetailsKey(EventType::kMapStateExited), "stateExitedEventDetails");
  EXPECT_EQ(EventDetailsKey(EventType::kTaskScheduled), "taskScheduledEventDetails");
  EXPECT_EQ(EventDetailsKey(EventType::kLambdaFunctionFailed), "lambdaFunctionFailedEventDetails");
  EXPECT_EQ(EventDetailsKey(EventType::kParallelStateStarted), "");
}

TEST(HistoryTest, EventsSerializeInTheServiceShape) {
  HistoryEvent entered = Event(EventType::kPassStateEntered, 1);
  entered.id = 2;
  entered.timestamp_ms = 1553631253192;
  entered.name = "Greet";
  entered.payload = J(R"({"a": [1, 2.0]})");
  EXPECT_EQ(json::Serialize(EventToJson(entered)),
            R"({"timestamp":"2019-03-26T20:14:13.192Z","type":"PassStateEntered","id":2,)"
            R"("previousEventId":1,"stateEnteredEventDetails":{"name":"Greet",)"
            R"("input":"{\"a\":[1,2.0]}","inputDetails":{"truncated":false}}})");

  HistoryEvent exited = Event(EventType::kPassStateExited, 2);
  exited.name = "Greet";
  exited.payload = json::Value("hi");
  exited.details = J(R"({"assignedVariables": {"x": {"y": 1}}})");
  EXPECT_EQ(json::Serialize(
                *EventToJson(exited).Find("stateExitedEventDetails")->Find("assignedVariables")),
            R"({"x":"{\"y\":1}"})");

  HistoryEvent failed = Event(EventType::kTaskFailed);
  failed.details = J(R"({"resourceType": "lambda", "resource": "invoke", "error": "Boom"})");
  EXPECT_EQ(json::Serialize(*EventToJson(failed).Find("taskFailedEventDetails")),
            R"({"resourceType":"lambda","resource":"invoke","error":"Boom"})");

  HistoryEvent iteration = Event(EventType::kMapIterationStarted);
  iteration.name = "Map";
  iteration.number = 0;
  EXPECT_EQ(json::Serialize(*EventToJson(iteration).Find("mapIterationStartedEventDetails")),
            R"({"name":"Map","index":0})");

  HistoryEvent started = Event(EventType::kExecutionStarted);
  started.payload = J("{}");
  started.details = J(R"({"roleArn": "arn:aws:iam::123456789012:role/r"})");
  EXPECT_EQ(json::Serialize(*EventToJson(started).Find("executionStartedEventDetails")),
            R"({"input":"{}","inputDetails":{"truncated":false},)"
            R"("roleArn":"arn:aws:iam::123456789012:role/r"})");

  EXPECT_EQ(EventToJson(Event(EventType::kParallelStateStarted)).size(), 4u);
}

// AppendHistoryJson writes the text directly; it must print what json::Serialize prints of
// HistoryToJson for every type of event, with and without each optional part.
TEST(HistoryTest, HistoryTextIsTheSerializedHistoryValue) {
#define ASL_COUNT_EVENT_TYPE(name, shape) +1
  constexpr int kTypes = 0 ASL_ENGINE_EVENT_TYPES(ASL_COUNT_EVENT_TYPE);
#undef ASL_COUNT_EVENT_TYPE
  const json::Value details[] = {
      json::Value(),
      J("{}"),
      J(R"({"resourceType": "lambda", "resource": "arn:\u00e9\"x", "error": "E", "cause": "c\n"})"),
      J(R"({"assignedVariables": {"x": {"y": [1, 2.5, null]}, "s": "t"}, "error": "E"})"),
  };
  EventList events;
  int64_t id = 0;
  for (int t = 0; t < kTypes; ++t) {
    for (const json::Value& d : details) {
      HistoryEvent e = Event(static_cast<EventType>(t), id);
      e.id = ++id;
      e.timestamp_ms = 1553631253192 + id;
      e.details = d;
      e.name = id % 2 ? json::Value("State \"" + std::to_string(t) + "\"") : json::Value();
      e.payload = id % 3 ? J(R"({"a": [1, 2.0, "\u2028"], "b": {}})") : json::Value();
      e.number = id % 4 ? -1 : id;
      events.push_back(std::move(e));
    }
  }
  std::string text;
  AppendHistoryJson(text, events);
  EXPECT_EQ(text, json::Serialize(HistoryToJson(events)));
  std::string tail;
  AppendHistoryJson(tail, events, events.size() - 1);
  EXPECT_EQ(tail, "[" + json::Serialize(EventToJson(events.back())) + "]");
  std::string none;
  AppendHistoryJson(none, events, events.size());
  EXPECT_EQ(none, "[]");
}

TEST(HistoryTest, AssignsIdsAndSharesPayloads) {
  History history;
  json::Value big = J(R"({"doc": [1, 2, 3]})");
  HistoryEvent e = Event(EventType::kExecutionStarted);
  e.payload = big;
  EXPECT_EQ(history.Append(HistoryEvent(e)), 1);
  EXPECT_EQ(history.Append(Event(EventType::kPassStateEntered, 1)), 2);
  EXPECT_EQ(history.size(), 2);
  EXPECT_TRUE(history.events()[0].payload.SameAs(big));
  EXPECT_EQ(history.events()[1].id, 2);
}

TEST(HistoryTest, QuotaEndsWithExecutionFailed) {
  History history(5);
  for (int i = 0; i < 4; ++i) history.Append(Event(EventType::kPassStateEntered));
  EXPECT_FALSE(history.limit_reached());
  EXPECT_EQ(history.Append(Event(EventType::kPassStateExited, 4)), 5);
  EXPECT_TRUE(history.limit_reached());
  const HistoryEvent& last = history.events().back();
  EXPECT_EQ(last.type, EventType::kExecutionFailed);
  EXPECT_EQ(last.id, 5);
  EXPECT_EQ(last.previous_event_id, 4);
  EXPECT_EQ(*last.details.Find("error"), json::Value(kHistoryLimitError));
  EXPECT_EQ(history.Append(Event(EventType::kPassStateEntered)), 0);
  EXPECT_EQ(history.size(), 5);
}

TEST(HistoryTest, QuotaAllowsSuccessAsTheLastEvent) {
  History history(3);
  history.Append(Event(EventType::kExecutionStarted));
  history.Append(Event(EventType::kSucceedStateEntered));
  history.Append(Event(EventType::kExecutionSucceeded));
  EXPECT_EQ(history.events().back().type, EventType::kExecutionSucceeded);
}

TEST(HistoryTest, UnrecordedHistoryCountsOnly) {
  History history(0, false);
  for (int i = 0; i < 30000; ++i) history.Append(Event(EventType::kPassStateEntered));
  EXPECT_EQ(history.size(), 30000);
  EXPECT_TRUE(history.events().empty());
  EXPECT_FALSE(history.limit_reached());
}

TEST(DataFlowTest, PresentStagesOnly) {
  DataFlowRecord r;
  r.state_name = "Call";
  r.entered_event_id = 2;
  r.input = J(R"({"a": 1})");
  r.result = J("7");
  r.error_details = DataFlowErrorDetails{.retry_index = 0, .retry_backoff_interval_seconds = 2};
  EXPECT_EQ(json::Serialize(DataFlowToJson(r)),
            R"({"stateName":"Call","enteredEventId":2,"input":{"a":1},"result":7,)"
            R"("errorDetails":{"retryIndex":0,"retryBackoffIntervalSeconds":2}})");
}

}  // namespace
}  // namespace asl::engine
