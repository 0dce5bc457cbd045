// One mocked response in the Step Functions Local format: the answers of a Task state's
// successive invocations.
//
//   {"0": {"Return": {...}}, "1-2": {"Throw": {"Error": "E", "Cause": "C"}}}
//
// Keys are zero-based invocation indexes or inclusive ranges "N-M"; every attempt (retries
// included) is one invocation. Each value is {"Return": <result>} or
// {"Throw": {"Error": <string>, "Cause": <string>}} (either may be null or absent: the task
// reported no error name or no cause). Ranges must not overlap; gaps are allowed
// (an invocation in a gap has no answer).
#ifndef ASL_CORE_MOCKS_MOCKED_RESPONSE_H_
#define ASL_CORE_MOCKS_MOCKED_RESPONSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/json/value.h"
#include "core/mocks/mock_error.h"
#include "core/mocks/task_invoker.h"

namespace asl::mocks {

struct MockedResponseEntry {
  int64_t first = 0;  // Inclusive.
  int64_t last = 0;   // Inclusive.
  TaskOutcome outcome;
};

class MockedResponse {
 public:
  MockedResponse() = default;
  explicit MockedResponse(std::vector<MockedResponseEntry> entries);

  // The answer to the zero-based `invocation`, or nullptr when no key covers it.
  const TaskOutcome* ForInvocation(int64_t invocation) const;
  // The keys as written, sorted: "0, 1-2".
  std::string DescribeKeys() const;
  const std::vector<MockedResponseEntry>& entries() const { return entries_; }

 private:
  std::vector<MockedResponseEntry> entries_;  // Sorted by `first`, disjoint.
};

// Parses `value` (found at `pointer` in its document) as a mocked response.
std::variant<MockedResponse, MockError> ParseMockedResponse(const json::Value& value,
                                                            std::string_view pointer);

}  // namespace asl::mocks

#endif  // ASL_CORE_MOCKS_MOCKED_RESPONSE_H_
