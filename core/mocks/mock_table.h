// A TaskInvoker that answers Task states from mocked responses, keyed by state name.
//
// Invocations are counted per state name across the whole execution (every Map iteration
// and Parallel branch included), as Step Functions Local counts them. The simple form used
// by the conformance cases and `asl run --mocks` is
//   {"StateName": {"0": {"Return": ...}, "1-2": {"Throw": {"Error": "...", "Cause": "..."}}}}
#ifndef ASL_CORE_MOCKS_MOCK_TABLE_H_
#define ASL_CORE_MOCKS_MOCK_TABLE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/json/value.h"
#include "core/mocks/mock_error.h"
#include "core/mocks/mocked_response.h"
#include "core/mocks/task_invoker.h"

namespace asl::mocks {

class MockTable : public TaskInvoker {
 public:
  MockTable() = default;
  explicit MockTable(std::map<std::string, MockedResponse, std::less<>> responses);

  std::optional<TaskOutcome> Invoke(const TaskRequest& request, std::string* why_not) override;

  bool HasState(std::string_view state_name) const;
  // How many times `state_name` has been invoked so far.
  int64_t InvocationCount(std::string_view state_name) const;
  // Forgets the invocation counts (for running another execution with the same table).
  void ResetCounts() { counts_.clear(); }

 private:
  std::map<std::string, MockedResponse, std::less<>> responses_;
  std::map<std::string, int64_t, std::less<>> counts_;
};

// Parses the simple form (an object mapping state names to mocked responses).
std::variant<MockTable, MockError> ParseMockTable(const json::Value& value);

// Parses the simple form from text; on failure returns the message "FILE:LINE:COLUMN: ...".
std::variant<MockTable, std::string> ParseMockTableText(std::string_view text,
                                                        std::string_view file_name);

}  // namespace asl::mocks

#endif  // ASL_CORE_MOCKS_MOCK_TABLE_H_
