// The ASL validator: definition text in, positioned diagnostics out.
//
// Contract: never rejects what AWS accepts (every definition of the conformance corpus
// validates without errors), rejects what AWS rejects where it can tell, and points each
// problem at its place (RFC 6901 pointer and source range) with a one-sentence message that
// names the state and field and says what to do. Never throws, never crashes, bounded in
// time and stack on any input.
#ifndef ASL_CORE_VALIDATE_VALIDATOR_H_
#define ASL_CORE_VALIDATE_VALIDATOR_H_

#include <string_view>
#include <vector>

#include "core/diag/diagnostic.h"

namespace asl::validate {

enum class StateMachineType { kStandard, kExpress };

struct ValidateOptions {
  bool warnings = true;  // Include warnings (NO_DOLLAR, UNREACHABLE_STATE, ...).
  // Express machines reject '.sync', '.waitForTaskToken' and activities.
  StateMachineType type = StateMachineType::kStandard;
};

struct ValidationResult {
  std::vector<diag::Diagnostic> diagnostics;  // Sorted and deduplicated.
  bool valid() const { return !diag::HasErrors(diagnostics); }
};

ValidationResult Validate(std::string_view definition_text, const ValidateOptions& options = {});

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_VALIDATOR_H_
