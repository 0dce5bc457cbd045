// Parallel (ASL "Parallel State"): InputPath -> Parameters (JSONata: Arguments), then every branch
// runs on that input (cooperatively, one state step at a time); the result is the array of branch
// outputs. A failing branch stops the others and fails the state with its error, subject to
// Retry/Catch.
#include <memory>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/child_results.h"
#include "core/engine/states/error_recovery.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

constexpr uint8_t kRetrying = 1;

class Parallel final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    DataFlowRecord* flow = in.Flow(frame);
    ValueOrError effective =
        state.jsonata ? EvaluateArguments(in, frame) : ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) return Recover(in, frame, std::move(*e));
    if (flow && !state.jsonata) flow->after_input_path = std::get<json::Value>(effective);
    if (state.parameters.present()) {
      effective =
          ApplyPayloadTemplate(in, frame, state.parameters, std::get<json::Value>(effective));
      if (auto* e = std::get_if<StateError>(&effective)) return Recover(in, frame, std::move(*e));
      if (flow) flow->after_parameters = std::get<json::Value>(effective);
    }
    // The branches' input is a payload of its own (Parameters can make it larger than the
    // state's input).
    if (auto error = in.CheckPayloadSize(frame, std::get<json::Value>(effective))) {
      return Recover(in, frame, std::move(*error));
    }
    HistoryEvent started;
    started.type = EventType::kParallelStateStarted;
    in.Emit(frame, std::move(started));
    auto progress = std::make_unique<ChildResults>(state.children.size());
    ChildResults& results = *progress;
    frame.progress = std::move(progress);
    frame.status = FrameStatus::kWaitingChildren;
    const json::Value& input = std::get<json::Value>(effective);
    int64_t started_event = frame.last_event_id;
    for (size_t i = 0; i < state.children.size(); ++i) {
      frame.last_event_id = started_event;
      Frame& child = in.SpawnChild(frame, *state.children[i], input, static_cast<uint32_t>(i));
      results.Started(child.id);
    }
    frame.last_event_id = started_event;
    if (state.children.empty()) Complete(in, frame);
  }

  void OnChildDone(Interpreter& in, Frame& frame, Frame& child) const override {
    auto& results = static_cast<ChildResults&>(*frame.progress);
    frame.last_event_id = child.last_event_id;
    if (child.error) {
      StateError error = std::move(*child.error);
      results.Finished(in, child);
      results.AbortRunning(in);
      frame.progress.reset();
      return Recover(in, frame, std::move(error), EventType::kParallelStateFailed);
    }
    results.Finished(in, child);
    if (results.finished() == results.count()) Complete(in, frame);
  }

 private:
  static void Complete(Interpreter& in, Frame& frame) {
    auto& results = static_cast<ChildResults&>(*frame.progress);
    json::Value outputs = results.TakeResults();
    frame.progress.reset();
    HistoryEvent succeeded;
    succeeded.type = EventType::kParallelStateSucceeded;
    in.Emit(frame, std::move(succeeded));
    const auto& parallel = *in.Current(frame).model->As<model::ParallelState>();
    FinishWithResult(in, frame, std::move(outputs), parallel.retry, parallel.catch_, kRetrying);
  }

  static void Recover(Interpreter& in, Frame& frame, StateError error,
                      std::optional<EventType> failed_event = std::nullopt) {
    const auto& parallel = *in.Current(frame).model->As<model::ParallelState>();
    RecoverOrFail(in, frame, std::move(error), parallel.retry, parallel.catch_, kRetrying,
                  failed_event);
  }
};

}  // namespace

const StateHandler& ParallelHandler() {
  static const Parallel handler;
  return handler;
}

}  // namespace asl::engine
