// What a JSONata expression in a Step Functions state reads from outside itself, found on the
// compiled syntax tree (never by searching the text):
//  - names read at the top level ("{% total %}", "{% $ %}", "{% $$ %}"): Step Functions
//    evaluates expressions without a context item, so the service refuses these at creation
//    (UNSUPPORTED_JSONATA_EXPRESSION, "Reference to 'total' at the top level is not
//    supported"); the input is $states.input;
//  - the fields of the reserved $states variable that exist only in some places:
//    $states.result (Output and Assign of Task, Parallel and Map) and $states.errorOutput
//    (Output and Assign of a Catcher).
#ifndef ASL_CORE_VALIDATE_RULES_JSONATA_REFERENCES_H_
#define ASL_CORE_VALIDATE_RULES_JSONATA_REFERENCES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/jsonata/ast.h"

namespace asl::validate {

struct JsonataReference {
  enum class Kind { kTopLevelName, kStatesResult, kStatesErrorOutput };
  Kind kind;
  std::string name;  // The name as written ("total", "$", "$$", "$states.result").
  // Byte range in the expression's source (best effort: clamped to the source).
  size_t offset = 0;
  size_t length = 0;
};

// The references in `ast` (the tree of `source`), in the order written; each top-level name
// once. A path's later steps, predicates, sort terms and groupings read the value before them,
// not the top level, and are not searched for names; a lambda's body is (it sees the context
// of the expression that defines it). $states.result/$states.errorOutput are found anywhere.
std::vector<JsonataReference> FindJsonataReferences(const jsonata::NodePtr& ast,
                                                    std::string_view source);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_RULES_JSONATA_REFERENCES_H_
