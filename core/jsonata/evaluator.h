// The tree-walking evaluator: the reference implementation's evaluate() family, with
// errors as values (Fail + Undefined results), an explicit depth limit instead of the
// C++ stack, a wall-clock budget, and tail calls run by a trampoline.
#ifndef ASL_CORE_JSONATA_EVALUATOR_H_
#define ASL_CORE_JSONATA_EVALUATOR_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/jsonata/ast.h"
#include "core/jsonata/error.h"
#include "core/jsonata/frame.h"
#include "core/jsonata/function.h"
#include "core/jsonata/value.h"

namespace asl::jsonata {

struct EvalLimits {
  int max_depth = 1000;          // Nested evaluation steps (the reference's U1001).
  int64_t time_limit_ms = 1000;  // Wall-clock budget; <= 0 disables it.
  // Bytes that the large strings (kLargeStringBytes or more) built in one evaluation may
  // total; <= 0 disables it (see Evaluator::ChargeString).
  int64_t large_string_bytes = int64_t{256} << 20;
};

// Strings from this size on count against EvalLimits::large_string_bytes.
inline constexpr size_t kLargeStringBytes = size_t{1} << 20;

class Evaluator {
 public:
  explicit Evaluator(const EvalLimits& limits);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // Evaluates `expr` with `input` as the context and `env` as the global frame.
  Value Run(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);

  bool failed() const { return error_.has_value(); }
  const Error& error() const { return *error_; }
  // Records the first error; later calls are ignored.
  void Fail(Error e);
  // Replaces the recorded error (used by $eval to wrap errors as D3121).
  void ReplaceError(Error e) { error_ = std::move(e); }

  // Accounts for `items` units of work done outside Eval (copying, comparing or scanning
  // array items) against the time limit; once the budget is spent, fails with U1001 at
  // `position` (-1: the expression evaluated last) and returns false. Loops over arrays of
  // unbounded size call it per item, so that a range of 10,000,000 items cannot outlast
  // the limit.
  bool Charge(uint64_t items, int position = -1);

  // Accounts for a string of `bytes` about to be built. The reference has no such limit,
  // but memory does (a browser's WebAssembly module has 2 GiB, and running out aborts it),
  // while a state's payload is at most 256 KiB: large strings (kLargeStringBytes or more)
  // may total EvalLimits::large_string_bytes per evaluation. Over it, fails with U1003 at
  // `position` and returns false; callers check before they allocate.
  bool ChargeString(size_t bytes, int position = -1);
  // The longest string that could still be built (for builders that cannot know the size
  // in advance, such as $string's serializer).
  size_t StringRoom() const;
  // $string's JSON text of `v` within the string and time limits; nullopt once failed.
  std::optional<std::string> StringifyCharged(const Value& v, int indent, int position = -1);

  // Applies a function value to arguments (natives use this for higher-order calls).
  Value Apply(const Value& fn, std::vector<Value> args, const Value& input,
              const std::shared_ptr<Frame>& env);

  // Evaluates a sub-expression (used by $eval); `keep` is held alive until the end.
  Value EvalNode(const NodePtr& keep, const Value& input, const std::shared_ptr<Frame>& env);

  std::shared_ptr<Frame> NewFrame(const std::shared_ptr<Frame>& parent);

  // The evaluation's timestamp (milliseconds since the epoch), fixed for one run.
  int64_t now_millis() const { return now_millis_; }
  void set_now_millis(int64_t ms) { now_millis_ = ms; }

 private:
  friend class PathEvaluator;
  Value Eval(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalInner(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  bool CheckLimits(const Node* expr);

  Value EvalPath(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalStep(const Node* step, const Value& input, const std::shared_ptr<Frame>& env,
                 bool last);
  Value EvalTupleStep(const Node* step, const Value& input, const Value& tuples,
                      const std::shared_ptr<Frame>& env);
  Value EvalStages(const std::vector<Stage>& stages, Value input,
                   const std::shared_ptr<Frame>& env);
  Value EvalFilter(const Node* predicate, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalSort(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalGroup(const Group& group, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalBinary(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalUnary(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalObject(const std::vector<std::pair<NodePtr, NodePtr>>& pairs, int position,
                   const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalFunction(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env,
                     const Value* applyto);
  Value EvalProcedure(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env,
                      const char* forgot_dollar_code);
  Value EvalPartial(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalApplyExpr(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value EvalTransform(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env);
  Value RunTransform(const Function& fn, const Value& obj);

  Value ApplyInner(const Value& fn, std::vector<Value> args, const Value& input,
                   const std::shared_ptr<Frame>& env);
  Value ApplyProcedure(const Function& fn, const std::vector<Value>& args);
  std::shared_ptr<Frame> FrameFromTuple(const std::shared_ptr<Frame>& env, const Value& tuple);

  EvalLimits limits_;
  std::optional<Error> error_;
  int depth_ = 0;
  uint64_t steps_ = 0;
  uint64_t large_string_bytes_ = 0;  // Charged so far.
  int position_ = -1;                // Of the expression evaluated last, for limit errors.
  std::chrono::steady_clock::time_point deadline_;
  int64_t now_millis_ = 0;
  std::vector<std::weak_ptr<Frame>> closure_frames_;  // Frames that may hold cycles.
  std::vector<NodePtr> kept_;                         // ASTs compiled during the run.
};

// The reference's truthiness ($boolean): undefined for undefined, else true/false.
std::optional<bool> Truthy(const Value& v);

// Deep equality as the reference's isDeepEqual (numbers by value, keys unordered).
bool DeepEqual(const Value& a, const Value& b);

// fn.lookup: the value of `key` in an object, or the flattened values over an array.
Value Lookup(const Value& input, const std::string& key, int depth = 0);

// fn.append (concatenates values into a non-sequence array; undefined is neutral) folded
// over `parts` from `first`: Append(Append(first, p0), p1)..., in time linear in the items.
// With a `budget`, the copying is charged to its time limit (check budget->failed() after).
Value AppendAll(Value first, const std::vector<Value>& parts, Evaluator* budget = nullptr);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_EVALUATOR_H_
