// Wait in JSONata states: Seconds (a non-negative integer) or Timestamp (an RFC 3339 string),
// each a literal or a "{% %}" expression over $states.input; after the wait, Output (default:
// the input) and Assign (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html).
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/states/state_handlers.h"
#include "core/json/writer.h"
#include "core/timestamp/timestamp.h"

namespace asl::engine {
namespace {

constexpr uint8_t kWaited = 1;
// Waits longer than this (~3,170 years) are cut short: the clock cannot pass year 9999 anyway.
constexpr int64_t kMaxWaitSeconds = 100'000'000'000;

class JsonataWait final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const CompiledJsonata& fields = *state.jsonata;
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    if (frame.phase == kWaited) {
      auto out =
          EvaluateOutputAndAssign(in, frame, fields.output, fields.assign, bindings, frame.input);
      if (auto* e = std::get_if<StateError>(&out)) return in.FailFrame(frame, std::move(*e));
      auto& done = std::get<OutputAndAssign>(out);
      return in.ExitState(frame, std::move(done.output), state.next, done.assigned);
    }
    std::variant<int64_t, StateError> deadline = Deadline(in, frame, fields, bindings);
    if (auto* e = std::get_if<StateError>(&deadline)) return in.FailFrame(frame, std::move(*e));
    in.WaitUntil(frame, std::get<int64_t>(deadline), kWaited);
  }

 private:
  static std::variant<int64_t, StateError> Deadline(Interpreter& in, Frame& frame,
                                                    const CompiledJsonata& fields,
                                                    const jsonata::Bindings& bindings) {
    if (fields.seconds.present()) {
      NumberField seconds =
          EvaluateNumberField(in, frame, fields.seconds, "Seconds", bindings, true, false);
      if (seconds.error) return std::move(*seconds.error);
      auto wait = static_cast<int64_t>(std::min(*seconds.value, double(kMaxWaitSeconds)));
      return in.clock().now_ms() + wait * 1000;
    }
    if (!fields.timestamp.present()) {
      return in.RuntimeError(frame, "The Wait state has neither Seconds nor Timestamp.");
    }
    ValueOrError value = EvaluateJsonata(in, frame, fields.timestamp, bindings);
    if (auto* e = std::get_if<StateError>(&value)) return std::move(*e);
    const json::Value& text = std::get<json::Value>(value);
    std::optional<int64_t> at;
    if (text.is_string()) at = timestamp::ParseTimestamp(text.as_string());
    if (at) return *at;
    return QueryEvaluationError(
        in, frame,
        "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format "
        "string: " +
            (text.is_string() ? text.as_string() : json::Serialize(text)),
        "Timestamp");
  }
};

}  // namespace

const StateHandler& JsonataWaitHandler() {
  static const JsonataWait handler;
  return handler;
}

}  // namespace asl::engine
