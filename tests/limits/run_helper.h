// Runs a definition through the public facade (api::Run: validation, then the engine), as
// every front end does, for the limit tests.
#ifndef ASL_TESTS_LIMITS_RUN_HELPER_H_
#define ASL_TESTS_LIMITS_RUN_HELPER_H_

#include <string>
#include <string_view>

#include "core/api/run.h"
#include "core/json/value.h"

namespace asl::limits_test {

api::RunResult RunDefinition(std::string_view definition,
                             json::Value input = json::Value::FromUniqueMembers({}));

// The codes of the report's error diagnostics, comma-separated.
std::string ErrorCodes(const api::ValidationReport& report);

}  // namespace asl::limits_test

#endif  // ASL_TESTS_LIMITS_RUN_HELPER_H_
