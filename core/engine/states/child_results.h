// Bookkeeping shared by Parallel and Map while their children run, and the processing of the
// collected results: ResultSelector -> Assign -> ResultPath -> OutputPath.
#ifndef ASL_CORE_ENGINE_STATES_CHILD_RESULTS_H_
#define ASL_CORE_ENGINE_STATES_CHILD_RESULTS_H_

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "core/engine/frame.h"
#include "core/engine/state_error.h"
#include "core/json/value.h"
#include "core/model/error_handlers.h"

namespace asl::engine {

class Interpreter;

class ChildResults : public ChildProgress {
 public:
  explicit ChildResults(size_t count) : results_(count) {}

  void Started(uint32_t frame_id) { running_ids_.insert(frame_id); }
  // Records a finished child and drops its frame.
  void Finished(Interpreter& interpreter, Frame& child);
  // Abandons every child still running.
  void AbortRunning(Interpreter& interpreter);
  // The child indexes (Map item or Parallel branch) of the children still running, ascending.
  std::vector<uint32_t> RunningIndexes(Interpreter& interpreter) const;

  size_t count() const { return results_.size(); }
  size_t running() const { return running_ids_.size(); }
  size_t finished() const { return finished_; }
  size_t failed() const { return failed_; }
  json::Value TakeResults() { return json::Value(std::move(results_)); }

 private:
  json::Array results_;
  std::unordered_set<uint32_t> running_ids_;  // Frames of the children still running.
  size_t finished_ = 0;
  size_t failed_ = 0;
};

// The state's result (the children's outputs) through ResultSelector, Assign, ResultPath and
// OutputPath (JSONata: Output and Assign with $states.result); exits the state, or recovers from a
// failure with the state's Retry and Catch.
void FinishWithResult(Interpreter& interpreter, Frame& frame, json::Value result,
                      const std::vector<model::Retrier>& retriers,
                      const std::vector<model::Catcher>& catchers, uint8_t retry_phase);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_CHILD_RESULTS_H_
