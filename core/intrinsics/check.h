// Syntax check of an intrinsic call for the validator (ASL spec "Intrinsic Functions").
#ifndef ASL_CORE_INTRINSICS_CHECK_H_
#define ASL_CORE_INTRINSICS_CHECK_H_

#include <optional>
#include <string_view>

#include "core/path/problem.h"

namespace asl::intrinsics {

// A call like States.Format('{}', $.a): nullopt when it parses, names one of the 18
// functions, has the right arity and its literal arguments have the right kinds; otherwise
// the first problem, located by byte offset and length within `text`.
std::optional<path::PathProblem> CheckIntrinsicCall(std::string_view text);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_CHECK_H_
