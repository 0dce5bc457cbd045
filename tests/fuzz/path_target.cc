#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/path/check.h"
#include "core/path/path.h"
#include "tests/fuzz/fixed_document.h"
#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

void FuzzPath(std::string_view data) {
  std::optional<path::PathProblem> problem = path::CheckPath(data);
  std::optional<path::PathProblem> reference_problem = path::CheckReferencePath(data);
  if (problem && problem->offset > data.size()) __builtin_trap();
  if (reference_problem && reference_problem->offset > data.size()) __builtin_trap();
  auto parsed = path::Path::Parse(data);
  auto* path = std::get_if<path::Path>(&parsed);
  if (path == nullptr) return;
  // A Reference Path is a Path; a path that parses as definite is a reference path.
  if (!reference_problem && problem) __builtin_trap();
  std::optional<json::Value> found = path->Evaluate(FixedEnvironment());
  path->EvaluateOn(FixedInput());
  path->EvaluateOn(json::Value());
  if (path->is_definite()) {
    if (!found) path->InvalidPathCause(FixedInput());
    path->NormalizedText();
  } else if (found && !found->is_array()) {
    // An indefinite path selects an array of matches, or (a trailing union of names) an
    // object holding the names present.
    if (!found->is_object()) __builtin_trap();
  }
}

}  // namespace asl::fuzz
