// Syntax checks of paths for the validator (ASL spec "Paths" and "Reference Paths").
// Each returns nullopt when the text is acceptable, otherwise the first problem found,
// located by byte offset and length within `text`.
#ifndef ASL_CORE_PATH_CHECK_H_
#define ASL_CORE_PATH_CHECK_H_

#include <optional>
#include <string_view>

#include "core/path/problem.h"

namespace asl::path {

// A Path: a JSONPath rooted at $ (the input), $$ (the context object) or $name (a variable).
std::optional<PathProblem> CheckPath(std::string_view text);

// A Reference Path: a Path made only of field names and array indexes, so that it
// identifies at most one node (no wildcards, filters, slices, unions or "..").
std::optional<PathProblem> CheckReferencePath(std::string_view text);

}  // namespace asl::path

#endif  // ASL_CORE_PATH_CHECK_H_
