#include "core/engine/states/child_results.h"

#include <algorithm>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/error_recovery.h"

namespace asl::engine {

void ChildResults::Finished(Interpreter& interpreter, Frame& child) {
  ++finished_;
  if (child.error) {
    ++failed_;
  } else if (child.child_index < results_.size()) {
    results_[child.child_index] = std::move(child.output);
  }
  running_ids_.erase(child.id);
  interpreter.ReleaseFrame(child.id);
}

void ChildResults::AbortRunning(Interpreter& interpreter) {
  // Aborting records no events, so the set's order does not show.
  for (uint32_t id : running_ids_) interpreter.AbortFrame(id);
  running_ids_.clear();
}

std::vector<uint32_t> ChildResults::RunningIndexes(Interpreter& interpreter) const {
  std::vector<uint32_t> indexes;
  indexes.reserve(running_ids_.size());
  for (uint32_t id : running_ids_) {
    if (const Frame* child = interpreter.FindFrame(id)) indexes.push_back(child->child_index);
  }
  std::sort(indexes.begin(), indexes.end());
  return indexes;
}

void FinishWithResult(Interpreter& in, Frame& frame, json::Value result,
                      const std::vector<model::Retrier>& retriers,
                      const std::vector<model::Catcher>& catchers, uint8_t retry_phase) {
  const CompiledState& state = in.Current(frame);
  DataFlowRecord* flow = in.Flow(frame);
  if (flow) flow->result = result;
  // The children's outputs together are the state's result, a payload before ResultSelector
  // can shrink it.
  if (auto error = in.CheckPayloadSize(frame, result)) {
    return RecoverOrFail(in, frame, std::move(*error), retriers, catchers, retry_phase);
  }
  if (state.jsonata) {
    if (auto error = ExitWithResult(in, frame, result)) {
      RecoverOrFail(in, frame, std::move(*error), retriers, catchers, retry_phase);
    }
    return;
  }
  auto recover = [&](ValueOrError& v) {
    if (auto* e = std::get_if<StateError>(&v)) {
      RecoverOrFail(in, frame, std::move(*e), retriers, catchers, retry_phase);
      return true;
    }
    return false;
  };
  ValueOrError selected = std::move(result);
  if (state.result_selector.present()) {
    selected =
        ApplyPayloadTemplate(in, frame, state.result_selector, std::get<json::Value>(selected));
    if (recover(selected)) return;
    if (flow) flow->after_result_selector = std::get<json::Value>(selected);
  }
  ValueOrError assigned = EvaluateAssign(in, frame, state.assign, std::get<json::Value>(selected));
  if (recover(assigned)) return;
  if (auto error = CheckAssignedSize(in, frame, std::get<json::Value>(assigned))) {
    return RecoverOrFail(in, frame, std::move(*error), retriers, catchers, retry_phase);
  }
  ValueOrError combined =
      ApplyResultPath(in, frame, frame.input, std::get<json::Value>(std::move(selected)));
  if (recover(combined)) return;
  if (flow) flow->after_result_path = std::get<json::Value>(combined);
  ValueOrError output = ApplyOutputPath(in, frame, std::get<json::Value>(combined));
  if (recover(output)) return;
  in.ExitState(frame, std::get<json::Value>(std::move(output)), state.next,
               std::get<json::Value>(assigned));
}

}  // namespace asl::engine
