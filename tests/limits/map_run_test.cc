// Map runs that end early or leave the machine (issues 3 and 7): the iterations still running
// when the Map fails are aborted as the service records it, a Distributed Map's ItemReader
// fails with a clear ASL error (its sources are not available offline), and ResultWriter gives
// the result the service documents. Never a crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine/event_type.h"
#include "core/engine/history.h"
#include "core/json/value.h"
#include "tests/limits/run_helper.h"

namespace asl::limits_test {
namespace {

using engine::EventType;
using engine::ExecutionStatus;

json::Value Items(std::vector<int64_t> values) {
  json::Array items;
  for (int64_t v : values) items.push_back(json::Value(v));
  return json::Value(json::Members{{"items", json::Value(std::move(items))}});
}

// "Type:index" for the Map iteration events and the Map state's outcome, in history order.
std::vector<std::string> MapEvents(const engine::ExecutionReport& report) {
  std::vector<std::string> out;
  for (const engine::HistoryEvent& e : report.history) {
    std::string name(engine::EventTypeName(e.type));
    if (name.rfind("MapIteration", 0) == 0) {
      out.push_back(name + ":" + std::to_string(e.number));
    } else if (e.type == EventType::kMapStateFailed || e.type == EventType::kMapStateSucceeded) {
      out.push_back(name);
    }
  }
  return out;
}

// Item 0 fails at once; the others wait 10 seconds. `fields` go into the Map state.
std::string FailFastMap(std::string_view fields = "") {
  return R"({"StartAt":"M","States":{"M":{"Type":"Map",)" + std::string(fields) +
         R"("ItemsPath":"$.items",
    "ItemProcessor":{"StartAt":"C","States":{
      "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"Boom"}],
           "Default":"W"},
      "Boom":{"Type":"Fail","Error":"Boom","Cause":"item 0"},
      "W":{"Type":"Wait","Seconds":10,"End":true}}},
    "End":true}}})";
}

TEST(MapRunTest, FailedIterationAbortsTheOthersStillRunning) {
  api::RunResult run = RunDefinition(FailFastMap(), Items({0, 1, 2}));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "Boom");
  EXPECT_EQ(MapEvents(run.report),
            (std::vector<std::string>{"MapIterationStarted:0", "MapIterationStarted:1",
                                      "MapIterationStarted:2", "MapIterationFailed:0",
                                      "MapIterationAborted:1", "MapIterationAborted:2",
                                      "MapStateFailed"}));
}

// Iterations that finished before the failure are not aborted; ones never started neither.
TEST(MapRunTest, OnlyRunningIterationsAreAborted) {
  api::RunResult run = RunDefinition(FailFastMap(R"("MaxConcurrency":2,)"), Items({1, 0, 2, 3}));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.error, "Boom");
  EXPECT_EQ(MapEvents(run.report),
            (std::vector<std::string>{"MapIterationStarted:0", "MapIterationStarted:1",
                                      "MapIterationFailed:1", "MapIterationAborted:0",
                                      "MapStateFailed"}));
}

TEST(MapRunTest, ToleratedFailureAbortsNothing) {
  api::RunResult run =
      RunDefinition(FailFastMap(R"("ToleratedFailureCount":1,)"), Items({0, 1, 2}));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kSucceeded);
  for (const std::string& e : MapEvents(run.report)) {
    EXPECT_EQ(e.find("MapIterationAborted"), std::string::npos) << e;
  }
}

TEST(MapRunTest, ItemReaderFailsWithAClearRuntimeError) {
  std::string definition = R"({"StartAt":"Read","States":{"Read":{"Type":"Map",
      "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                    "ReaderConfig":{"InputType":"JSON"},
                    "Parameters":{"Bucket":"my-bucket","Key":"items.json"}},
      "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
        "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
      "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
      "Caught":{"Type":"Succeed"}}})";
  api::RunResult run = RunDefinition(definition);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "States.Runtime");
  std::string cause = run.report.cause.value_or("");
  EXPECT_EQ(cause.rfind("An error occurred while executing the state 'Read'", 0), 0u) << cause;
  EXPECT_NE(cause.find("ItemReader sources (Amazon S3 objects and listings) are not available "
                       "offline"),
            std::string::npos)
      << cause;
}

// A Distributed Map without ItemReader takes its items from the input, as an inline Map.
TEST(MapRunTest, DistributedMapReadsItemsFromTheInput) {
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
        "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}})";
  api::RunResult run = RunDefinition(definition, Items({1, 2}));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(run.report.output, Items({1, 2}).as_object()[0].value);
}

// With Resource and Parameters, the results go to Amazon S3 and the Map's result says where
// (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html).
TEST(MapRunTest, ResultWriterExportGivesTheMapRunArnAndManifestLocation) {
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
        "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
      "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
                      "Parameters":{"Bucket":"my-bucket","Prefix.$":"$.prefix"}},
      "End":true}}})";
  json::Value input = Items({1, 2}).With("prefix", json::Value("runs"));
  api::RunResult run = RunDefinition(definition, input);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  ASSERT_EQ(run.report.status, ExecutionStatus::kSucceeded) << run.report.cause.value_or("");
  const json::Value& output = run.report.output;
  ASSERT_TRUE(output.is_object());
  ASSERT_EQ(output.size(), 2u);
  const json::Value* arn = output.Find("MapRunArn");
  ASSERT_TRUE(arn != nullptr && arn->is_string());
  const std::string prefix = "arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/M:";
  ASSERT_EQ(arn->as_string().rfind(prefix, 0), 0u) << arn->as_string();
  std::string id = arn->as_string().substr(prefix.size());
  EXPECT_EQ(id.size(), 36u);
  EXPECT_EQ(*output.Find("ResultWriterDetails"),
            json::Value(json::Members{{"Bucket", json::Value("my-bucket")},
                                      {"Key", json::Value("runs/" + id + "/manifest.json")}}));
  // MapRunStarted names the same map run.
  bool found = false;
  for (const engine::HistoryEvent& e : run.report.history) {
    if (e.type != EventType::kMapRunStarted) continue;
    found = true;
    ASSERT_TRUE(e.details.is_object());
    EXPECT_EQ(*e.details.Find("mapRunArn"), *arn);
  }
  EXPECT_TRUE(found);
}

// WriterConfig alone keeps the results in the state's output; FLATTEN flattens arrays.
TEST(MapRunTest, ResultWriterFlattenWithoutExport) {
  std::string definition = R"json({"StartAt":"M","States":{"M":{"Type":"Map",
      "ItemsPath":"$.items",
      "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
        "StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"pair.$":"States.Array($, $)"},
          "OutputPath":"$.pair","End":true}}},
      "ResultWriter":{"WriterConfig":{"OutputType":"JSON","Transformation":"FLATTEN"}},
      "End":true}}})json";
  api::RunResult run = RunDefinition(definition, Items({1, 2}));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  ASSERT_EQ(run.report.status, ExecutionStatus::kSucceeded) << run.report.cause.value_or("");
  EXPECT_EQ(run.report.output, Items({1, 1, 2, 2}).as_object()[0].value);
}

}  // namespace
}  // namespace asl::limits_test
