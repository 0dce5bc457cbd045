// The reference implementation's post-parse stage: turns '.' chains into path steps,
// predicates into stages, binds '@' / '#' / '%' to the steps that supply them and marks
// tail calls inside lambdas so the evaluator can run them without growing the stack.
#ifndef ASL_CORE_JSONATA_AST_PROCESSOR_H_
#define ASL_CORE_JSONATA_AST_PROCESSOR_H_

#include <variant>

#include "core/jsonata/ast.h"
#include "core/jsonata/error.h"

namespace asl::jsonata {

std::variant<NodePtr, Error> ProcessAst(const NodePtr& raw);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_AST_PROCESSOR_H_
