#include "core/mocks/mock_table.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::mocks {
namespace {

TaskRequest Request(std::string state) {
  TaskRequest r;
  r.state_name = std::move(state);
  r.resource = "arn:aws:states:::lambda:invoke";
  return r;
}

MockTable Table(std::string_view text) {
  auto t = ParseMockTableText(text, "mocks.json");
  EXPECT_TRUE(std::holds_alternative<MockTable>(t)) << std::get<std::string>(t);
  return std::get<MockTable>(std::move(t));
}

TEST(MockTableTest, CountsInvocationsPerState) {
  MockTable table = Table(R"({"A": {"0": {"Return": "a0"}, "1-2": {"Return": "a12"}},
                              "B": {"0": {"Throw": {"Error": "Boom", "Cause": "why"}}}})");
  std::string why;
  EXPECT_EQ(table.Invoke(Request("A"), &why)->result, json::Value("a0"));
  auto b = table.Invoke(Request("B"), &why);
  ASSERT_TRUE(b.has_value());
  EXPECT_TRUE(b->failed);
  EXPECT_EQ(b->failure.error, "Boom");
  EXPECT_EQ(table.Invoke(Request("A"), &why)->result, json::Value("a12"));
  EXPECT_EQ(table.Invoke(Request("A"), &why)->result, json::Value("a12"));
  EXPECT_EQ(table.InvocationCount("A"), 3);
  EXPECT_FALSE(table.Invoke(Request("A"), &why).has_value());
  EXPECT_EQ(why,
            "No mocked response for invocation 3 of the Task state 'A' (mocked invocations: 0, "
            "1-2).");
  table.ResetCounts();
  EXPECT_EQ(table.Invoke(Request("A"), nullptr)->result, json::Value("a0"));
}

TEST(MockTableTest, UnknownStateIsNamed) {
  MockTable table = Table("{}");
  std::string why;
  EXPECT_FALSE(table.Invoke(Request("Charge card"), &why).has_value());
  EXPECT_EQ(why, "No mocked response for the Task state 'Charge card'.");
  EXPECT_FALSE(table.HasState("Charge card"));
}

TEST(MockTableTest, ErrorsNameTheFilePosition) {
  auto t = ParseMockTableText("{\n  \"A\": {\n    \"zero\": {\"Return\": 1}\n  }\n}", "m.json");
  ASSERT_TRUE(std::holds_alternative<std::string>(t));
  EXPECT_EQ(std::get<std::string>(t).substr(0, 13), "m.json:3:5: I");
  auto syntax = ParseMockTableText("{\n  \"A\": ,\n}", "m.json");
  ASSERT_TRUE(std::holds_alternative<std::string>(syntax));
  EXPECT_EQ(std::get<std::string>(syntax).substr(0, 12), "m.json:2:8: ");
  auto not_object = ParseMockTableText("[1]", "m.json");
  EXPECT_EQ(std::get<std::string>(not_object),
            "m.json:1:1: Mocks must be an object mapping Task state names to mocked responses.");
}

}  // namespace
}  // namespace asl::mocks
