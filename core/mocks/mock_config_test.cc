#include "core/mocks/mock_config.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::mocks {
namespace {

constexpr std::string_view kConfig = R"({
  "StateMachines": {
    "Orders": {
      "TestCases": {
        "HappyPath": {"Charge": "ChargeOk", "Ship": "ShipOk"},
        "Retry": {"Charge": "ChargeFlaky"}
      },
      "ExpectedResults": {
        "HappyPath": {"Input": {"id": 1}, "Status": "SUCCEEDED", "Output": {"shipped": true}}
      }
    }
  },
  "MockedResponses": {
    "ChargeOk": {"0": {"Return": {"charged": true}}},
    "ChargeFlaky": {"0-1": {"Throw": {"Error": "Busy", "Cause": "try later"}},
                    "2": {"Return": {"charged": true}}},
    "ShipOk": {"0": {"Return": {"shipped": true}}}
  }
})";

TaskRequest Request(std::string state) {
  TaskRequest r;
  r.state_name = std::move(state);
  return r;
}

std::string Error(std::string_view text) {
  auto c = ParseMockConfigText(text, "cfg.json");
  EXPECT_TRUE(std::holds_alternative<std::string>(c));
  return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : "";
}

TEST(MockConfigTest, ParsesMachinesCasesAndResponses) {
  auto parsed = ParseMockConfigText(kConfig, "cfg.json");
  ASSERT_TRUE(std::holds_alternative<MockConfig>(parsed)) << std::get<std::string>(parsed);
  const MockConfig& config = std::get<MockConfig>(parsed);
  ASSERT_EQ(config.state_machines.count("Orders"), 1u);
  const MockStateMachine& machine = config.state_machines.at("Orders");
  EXPECT_EQ(machine.test_cases.size(), 2u);
  const MockTestCase& happy = machine.test_cases.at("HappyPath");
  EXPECT_EQ(happy.state_responses.at("Charge"), "ChargeOk");
  ASSERT_TRUE(happy.expected.has_value());
  EXPECT_EQ(*happy.expected->status, "SUCCEEDED");
  EXPECT_EQ(*happy.expected->input, *json::ParseValue(R"({"id": 1})"));
  EXPECT_FALSE(happy.expected->error.has_value());
  EXPECT_FALSE(machine.test_cases.at("Retry").expected.has_value());

  std::optional<MockTable> table = config.TableFor("Orders", "Retry");
  ASSERT_TRUE(table.has_value());
  EXPECT_TRUE(table->Invoke(Request("Charge"), nullptr)->failed);
  EXPECT_TRUE(table->Invoke(Request("Charge"), nullptr)->failed);
  EXPECT_FALSE(table->Invoke(Request("Charge"), nullptr)->failed);
  std::string why;
  EXPECT_FALSE(table->Invoke(Request("Ship"), &why).has_value());
  EXPECT_EQ(why, "No mocked response for the Task state 'Ship'.");
  EXPECT_FALSE(config.TableFor("Orders", "Nope").has_value());
  EXPECT_FALSE(config.TableFor("Nope", "HappyPath").has_value());
}

TEST(MockConfigTest, UnknownResponseNameIsReportedAtItsPosition) {
  EXPECT_EQ(Error(R"({"StateMachines": {"M": {"TestCases": {"C": {
  "S": "Missing"}}}}, "MockedResponses": {}})"),
            "cfg.json:2:3: Unknown mocked response \"Missing\": \"MockedResponses\" has no entry "
            "with this name.");
}

TEST(MockConfigTest, StructuralErrors) {
  EXPECT_EQ(Error("[]"),
            "cfg.json:1:1: A mock configuration must be an object with \"StateMachines\" and "
            "\"MockedResponses\".");
  EXPECT_EQ(Error(R"({"MockedResponses": {}})"),
            "cfg.json:1:1: A mock configuration needs a \"StateMachines\" object.");
  EXPECT_EQ(Error(R"({"StateMachines": {}, "Extra": 1})"),
            "cfg.json:1:23: Unknown field \"Extra\" in the mock configuration.");
  EXPECT_EQ(Error(R"({"StateMachines": {"M": {}}})"),
            "cfg.json:1:20: A state machine entry needs a \"TestCases\" object.");
  EXPECT_EQ(Error(R"({"StateMachines": {"M": {"TestCases": {"C": {"S": 1}}}}})"),
            "cfg.json:1:46: The mocked response of state \"S\" must be the name of an entry in "
            "\"MockedResponses\".");
  EXPECT_EQ(Error(R"({"StateMachines": {}, "MockedResponses": {"R": {"0": {"Return": 1,
 "Oops": 2}}}})"),
            "cfg.json:2:2: Unknown field \"Oops\" in a mocked response.");
  EXPECT_EQ(Error(R"({"StateMachines": {"M": {"TestCases": {"C": {}},
 "ExpectedResults": {"D": {}}}}})"),
            "cfg.json:2:22: Expected result for unknown test case \"D\".");
  EXPECT_EQ(Error(R"({"StateMachines": {"M": {"TestCases": {"C": {}},
 "ExpectedResults": {"C": {"Status": "DONE"}}}}})"),
            "cfg.json:2:28: \"Status\" must be SUCCEEDED, FAILED, TIMED_OUT or ABORTED.");
}

}  // namespace
}  // namespace asl::mocks
