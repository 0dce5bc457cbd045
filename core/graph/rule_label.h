// Short human summaries of Choice rules and error lists, used as edge labels.
#ifndef ASL_CORE_GRAPH_RULE_LABEL_H_
#define ASL_CORE_GRAPH_RULE_LABEL_H_

#include <string>

#include "core/json/value.h"

namespace asl::graph {

// "$.n < 10", "$.kind == \"a\"", "$.x is present", "not($.a == 1)", "($.a > 1) and (...)",
// the Condition of a JSONata rule, or "rule" when nothing recognisable is there. At most
// kMaxLabelLength characters; longer summaries end in "…".
std::string RuleLabel(const json::Value& rule);
// "States.ALL", "A, B" for a Catch's ErrorEquals.
std::string ErrorListLabel(const json::Value* error_equals);

inline constexpr size_t kMaxLabelLength = 60;

}  // namespace asl::graph

#endif  // ASL_CORE_GRAPH_RULE_LABEL_H_
