#include "tests/limits/run_helper.h"

#include <string>

namespace asl::limits_test {

api::RunResult RunDefinition(std::string_view definition, json::Value input) {
  api::RunRequest request;
  request.definition = definition;
  request.input = std::move(input);
  request.start_time_ms = 1700000000000;
  return api::Run(request);
}

std::string ErrorCodes(const api::ValidationReport& report) {
  std::string codes;
  for (const diag::Diagnostic& d : report.diagnostics) {
    if (d.severity != diag::Severity::kError) continue;
    if (!codes.empty()) codes += ",";
    codes += d.code;
  }
  return codes;
}

}  // namespace asl::limits_test
