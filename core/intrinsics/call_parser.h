// Parses an intrinsic function call (ASL spec "Intrinsic Functions"):
//   call      := 'States.' Name '(' [ arg { ',' arg } ] ')'
//   arg       := 'string' | number | true | false | null | path | call
// String literals are in single quotes; a backslash escapes the next character (\' \{ \}
// \\). Paths start with $ ($.x, $$.x, $variable.x) and run to the next ',' or ')' outside
// brackets, parentheses and quotes. The call must name one of the 18 functions, have its
// arity, and literal arguments must have the kind the function takes.
#ifndef ASL_CORE_INTRINSICS_CALL_PARSER_H_
#define ASL_CORE_INTRINSICS_CALL_PARSER_H_

#include <string_view>
#include <variant>

#include "core/intrinsics/call.h"
#include "core/path/problem.h"

namespace asl::intrinsics {

std::variant<Call, path::PathProblem> ParseCall(std::string_view text);

// True when `text` looks like an intrinsic call ("States." followed by a name and '('),
// which is how a payload template tells a call from a path.
bool LooksLikeCall(std::string_view text);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_CALL_PARSER_H_
