// Parses a JSONata expression into the post-processed syntax tree the evaluator runs.
// A top-down operator precedence (Pratt) parser with the reference implementation's
// binding powers, followed by its post-parse stage (paths, stages, parent slots,
// tail calls). Errors are returned, never thrown; nesting depth is bounded.
#ifndef ASL_CORE_JSONATA_PARSER_H_
#define ASL_CORE_JSONATA_PARSER_H_

#include <string_view>
#include <variant>

#include "core/jsonata/ast.h"
#include "core/jsonata/error.h"

namespace asl::jsonata {

// Maximum syntactic nesting accepted by the parser.
inline constexpr int kMaxParseDepth = 400;

std::variant<NodePtr, Error> Parse(std::string_view source);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_PARSER_H_
