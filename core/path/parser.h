// Parses the text of a JSONPath in AWS's dialect (Jayway JsonPath) into a PathAst.
//
// Accepted (ASL spec "Paths", AWS "Using JSONPath paths"):
//   roots      $ (the input), $$ (the context object), $name (a variable, ASL "Variables")
//   segments   .name  ['name']  ["name"]  [0]  [-1]  [0,2]  ['a','b']  [*]  .*  ..name  ..*
//              [start:end:step] with each part optional, [?(<filter>)]
//   filters    @ paths, $ paths, literals ('s', "s", numbers, true, false, null, [arrays]),
//              == != < <= > >= in nin, && || ! and parentheses; a lone path tests existence.
// Parsing never throws, runs in time linear in the text, and bounds filter nesting.
#ifndef ASL_CORE_PATH_PARSER_H_
#define ASL_CORE_PATH_PARSER_H_

#include <string_view>
#include <variant>

#include "core/path/problem.h"
#include "core/path/segment.h"

namespace asl::path {

std::variant<PathAst, PathProblem> ParsePath(std::string_view text);

// True for a name a variable may have: a letter or '_' first, then letters, digits or '_'
// (non-ASCII letters allowed), at most 80 bytes (AWS "Variables in Step Functions").
bool IsValidVariableName(std::string_view name);

}  // namespace asl::path

#endif  // ASL_CORE_PATH_PARSER_H_
