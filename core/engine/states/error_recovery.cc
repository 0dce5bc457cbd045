#include "core/engine/states/error_recovery.h"

#include <utility>

#include "core/engine/error_matcher.h"
#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/engine/retry_backoff.h"

namespace asl::engine {

Recovery DecideRecovery(const std::vector<model::Retrier>& retriers,
                        const std::vector<model::Catcher>& catchers, const StateError& error,
                        RetryCounters& counters, SeededRandom& random) {
  if (error.terminal) return {};
  for (size_t i = 0; i < retriers.size(); ++i) {
    const model::Retrier& retrier = retriers[i];
    if (!IsHandled(retrier.error_equals, error)) continue;
    int64_t done = counters.count(i);
    if (done < retrier.max_attempts) {
      BackoffSpec spec{retrier.interval_seconds, retrier.backoff_rate, retrier.max_delay_seconds,
                       retrier.jitter_strategy == model::JitterStrategy::kFull};
      int64_t delay = BackoffDelayMs(spec, done, random);
      counters.Increment(i);
      return {Recovery::Kind::kRetry, i, delay};
    }
    break;  // This Retrier's attempts are spent: on to the Catchers.
  }
  for (size_t i = 0; i < catchers.size(); ++i) {
    if (IsHandled(catchers[i].error_equals, error)) {
      return {Recovery::Kind::kCatch, i, 0};
    }
  }
  return {};
}

void RecoverOrFail(Interpreter& interpreter, Frame& frame, StateError error,
                   const std::vector<model::Retrier>& retriers,
                   const std::vector<model::Catcher>& catchers, uint8_t retry_phase,
                   std::optional<EventType> failed_event) {
  Recovery recovery =
      DecideRecovery(retriers, catchers, error, frame.retries, interpreter.random());
  if (failed_event && recovery.kind != Recovery::Kind::kRetry) {
    HistoryEvent event;
    event.type = *failed_event;
    interpreter.Emit(frame, std::move(event));
  }
  DataFlowRecord* flow = interpreter.Flow(frame);
  if (flow) flow->error = ErrorOutput(error);
  switch (recovery.kind) {
    case Recovery::Kind::kRetry:
      if (flow) {
        DataFlowErrorDetails details;
        details.retry_index = static_cast<int64_t>(recovery.index);
        details.retry_backoff_interval_seconds = recovery.delay_ms / 1000;
        flow->error_details = details;
      }
      interpreter.WaitUntil(frame, interpreter.clock().now_ms() + recovery.delay_ms, retry_phase);
      return;
    case Recovery::Kind::kCatch: {
      if (flow) {
        DataFlowErrorDetails details;
        details.catch_index = static_cast<int64_t>(recovery.index);
        flow->error_details = details;
      }
      if (interpreter.Current(frame).jsonata) {
        if (auto failed =
                ExitThroughCatcher(interpreter, frame, recovery.index, ErrorOutput(error))) {
          interpreter.FailFrame(frame, std::move(*failed));
        }
        return;
      }
      ValueOrError output = ApplyCatcherResultPath(interpreter, frame, frame.input, recovery.index,
                                                   ErrorOutput(error));
      if (auto* e = std::get_if<StateError>(&output)) {
        interpreter.FailFrame(frame, std::move(*e));
        return;
      }
      const CompiledState& state = interpreter.Current(frame);
      ValueOrError assigned = json::Value();
      if (recovery.index < state.catcher_assign.size()) {
        assigned = EvaluateAssign(interpreter, frame, state.catcher_assign[recovery.index],
                                  ErrorOutput(error));
      }
      if (auto* e = std::get_if<StateError>(&assigned)) {
        interpreter.FailFrame(frame, std::move(*e));
        return;
      }
      interpreter.ExitState(frame, std::get<json::Value>(std::move(output)),
                            state.catcher_next[recovery.index], std::get<json::Value>(assigned));
      return;
    }
    case Recovery::Kind::kFail:
      interpreter.FailFrame(frame, std::move(error));
      return;
  }
}

}  // namespace asl::engine
