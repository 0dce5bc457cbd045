// Internal: walks a PathAst over a value. Used by Path; not part of the module's API.
#ifndef ASL_CORE_PATH_EVALUATOR_H_
#define ASL_CORE_PATH_EVALUATOR_H_

#include <vector>

#include "core/json/value.h"
#include "core/path/environment.h"
#include "core/path/segment.h"

namespace asl::path::internal {

struct EvalContext {
  const json::Value* document;  // What '$' means inside filters: the evaluation root.
  const Environment* env;       // For '$$' and variables inside filters; may be null.
};

// The value a definite path selects, or nullptr.
const json::Value* WalkDefinite(const std::vector<Segment>& segments, const json::Value& root);

// Appends every match of segments[first..] applied to `value` to `out`, in document order.
void Collect(const std::vector<Segment>& segments, size_t first, const json::Value& value,
             const EvalContext& ctx, json::Array& out, int depth);

// True when segments are only names and indexes.
bool IsDefinite(const std::vector<Segment>& segments);

// Evaluates a path AST (any root) against the context; nullopt when nothing matches a
// definite path or the root is unbound.
std::optional<json::Value> EvaluateAst(const PathAst& ast, const json::Value* current,
                                       const EvalContext& ctx, int depth);

bool FilterMatches(const FilterNode& node, const json::Value& current, const EvalContext& ctx,
                   int depth);

}  // namespace asl::path::internal

#endif  // ASL_CORE_PATH_EVALUATOR_H_
