// The Step Functions Local mock configuration file:
//
//   {
//     "StateMachines": {
//       "<machine>": {
//         "TestCases": {"<case>": {"<Task state name>": "<mocked response name>", ...}},
//         "ExpectedResults": {"<case>": {"Input": ..., "Status": "SUCCEEDED", "Output": ...,
//                                        "Error": "...", "Cause": "..."}}
//       }
//     },
//     "MockedResponses": {"<name>": {"0": {"Return": ...}, "1-2": {"Throw": {...}}}}
//   }
//
// "ExpectedResults" is this project's extension (Step Functions Local has no expectations):
// every field is optional; `asl test` runs a case with "Input" (default {}) and compares the
// fields that are given. Every other field follows
// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html
#ifndef ASL_CORE_MOCKS_MOCK_CONFIG_H_
#define ASL_CORE_MOCKS_MOCK_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/json/value.h"
#include "core/mocks/mock_error.h"
#include "core/mocks/mock_table.h"
#include "core/mocks/mocked_response.h"

namespace asl::mocks {

struct ExpectedResult {
  std::optional<json::Value> input;
  std::optional<std::string> status;
  std::optional<json::Value> output;
  std::optional<std::string> error;
  std::optional<std::string> cause;
};

struct MockTestCase {
  std::map<std::string, std::string, std::less<>> state_responses;  // state -> response name
  std::optional<ExpectedResult> expected;
};

struct MockStateMachine {
  std::map<std::string, MockTestCase, std::less<>> test_cases;  // Sorted by name.
};

struct MockConfig {
  std::map<std::string, MockStateMachine, std::less<>> state_machines;
  std::map<std::string, MockedResponse, std::less<>> mocked_responses;

  // The mock table of one test case; nullopt when the machine or case does not exist.
  std::optional<MockTable> TableFor(std::string_view machine, std::string_view test_case) const;
};

// Parses and checks a configuration: every test case refers to an existing mocked response.
std::variant<MockConfig, MockError> ParseMockConfig(const json::Value& value);

// The same from text; on failure returns the message "FILE:LINE:COLUMN: ...".
std::variant<MockConfig, std::string> ParseMockConfigText(std::string_view text,
                                                          std::string_view file_name);

}  // namespace asl::mocks

#endif  // ASL_CORE_MOCKS_MOCK_CONFIG_H_
