// A JSONPath parsed once and evaluated many times, in AWS's dialect (Jayway JsonPath).
//
// Semantics (ASL spec "Paths", Jayway JsonPath as AWS runs it):
// - A definite path (only field names and indexes) selects one value or nothing.
//   Evaluating one does not allocate: it walks the value and copies one handle.
// - An indefinite path (wildcards, unions, slices, filters, "..") selects an array of every
//   match, in document order, possibly empty. A union of names as the last segment
//   (['a','b']) selects, as Jayway does, an object holding those of the names present.
// - Negative indexes count from the end; out-of-range indexes match nothing.
// - Evaluation is bounded: recursion follows the value's depth, capped at kMaxDepth.
#ifndef ASL_CORE_PATH_PATH_H_
#define ASL_CORE_PATH_PATH_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/json/value.h"
#include "core/path/environment.h"
#include "core/path/problem.h"
#include "core/path/segment.h"

namespace asl::path {

class Path {
 public:
  static constexpr int kMaxDepth = 2000;

  // Parses `text` (see parser.h for the grammar).
  static std::variant<Path, PathProblem> Parse(std::string_view text);

  const std::string& text() const { return text_; }
  Root root() const { return ast_->root; }
  const std::string& variable() const { return ast_->variable; }  // For Root::kVariable.
  const PathAst& ast() const { return *ast_; }
  // True when the path has only field names and indexes (a Reference Path).
  bool is_definite() const { return definite_; }
  // True for "$" alone: the whole input.
  bool is_root_only() const { return ast_->segments.empty(); }

  // Evaluates against the root the environment gives for root(). nullopt when a definite
  // path matches nothing or the variable is not in scope.
  std::optional<json::Value> Evaluate(const Environment& env) const;
  // For a definite path: the value it selects, or nullptr when it matches nothing or the
  // variable is not in scope. The pointer is into the environment's values and is valid while
  // they are. Requires is_definite().
  const json::Value* Select(const Environment& env) const;
  // Evaluates against `root` whatever root() says.
  std::optional<json::Value> EvaluateOn(const json::Value& root) const;

  // Why a definite path found nothing in `root`, worded as Jayway words it (AWS quotes it in
  // States.Runtime causes): "Missing property in path $['a']" when a field on the way is
  // missing, "No results for path: $['a']['b']" when the last one is.
  std::string DescribeMiss(const json::Value& root) const;
  // The States.Runtime cause for an InputPath, OutputPath or other path field that matched
  // nothing, as AWS words it: "Invalid path '$.x' : No results for path: $['x']".
  std::string InvalidPathCause(const json::Value& root) const {
    return "Invalid path '" + text_ + "' : " + DescribeMiss(root);
  }
  // The path in Jayway's normalized bracket form, "$['a'][0]" (names and indexes only).
  std::string NormalizedText() const;

 private:
  Path(std::string text, std::shared_ptr<const PathAst> ast);

  std::string text_;
  std::shared_ptr<const PathAst> ast_;
  bool definite_ = true;
};

// The value the environment binds to a root: $ input, $$ context, $name a variable.
// nullptr for an unknown variable.
const json::Value* ResolveRoot(const Environment& env, Root root, std::string_view variable);

}  // namespace asl::path

#endif  // ASL_CORE_PATH_PATH_H_
