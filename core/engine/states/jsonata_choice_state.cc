// Choice in JSONata states: the first rule whose Condition is true names the next state, else
// Default, else States.NoChoiceMatched. A Condition must give a boolean. The matched rule's
// Output and Assign (the state's own with Default) are evaluated from the state input; without
// Output the state passes its input on
// (https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html).
#include <string>
#include <utility>
#include <vector>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

struct JsonataChoicePlan final : StatePlan {
  std::vector<uint32_t> next;  // Per rule.
  uint32_t default_state = kNoState;
};

class JsonataChoice final : public StateHandler {
 public:
  std::unique_ptr<const StatePlan> Prepare(const CompiledMachine& machine,
                                           const model::State& state) const override {
    auto plan = std::make_unique<JsonataChoicePlan>();
    const auto& choice = *state.As<model::ChoiceState>();
    for (const model::ChoiceRule& rule : choice.choices) {
      plan->next.push_back(rule.next ? machine.IndexOf(*rule.next) : kNoState);
    }
    if (choice.default_state) plan->default_state = machine.IndexOf(*choice.default_state);
    return plan;
  }

  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const auto& plan = static_cast<const JsonataChoicePlan&>(*state.plan);
    const CompiledJsonata& fields = *state.jsonata;
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    uint32_t next = plan.default_state;
    const JsonataTemplate* output = &fields.output;
    const JsonataTemplate* assign = &fields.assign;
    for (size_t i = 0; i < plan.next.size() && i < fields.conditions.size(); ++i) {
      const JsonataTemplate& condition = fields.conditions[i];
      if (!condition.present()) continue;  // Not a Condition rule (the validator rejects it).
      ValueOrError value = EvaluateJsonata(in, frame, condition, bindings);
      if (auto* e = std::get_if<StateError>(&value)) return in.FailFrame(frame, std::move(*e));
      const json::Value& result = std::get<json::Value>(value);
      if (!result.is_bool()) {
        return in.FailFrame(
            frame, UnexpectedResultType(in, frame, condition, "Condition", "boolean", result));
      }
      if (result.as_bool()) {
        next = plan.next[i];
        output = &fields.rule_output[i];
        assign = &fields.rule_assign[i];
        break;
      }
    }
    if (next == kNoState) {
      return in.FailFrame(
          frame, StateError{std::string(kStatesNoChoiceMatched),
                            "No Matches! for state '" + state.name.as_string() + "'", false});
    }
    auto out = EvaluateOutputAndAssign(in, frame, *output, *assign, bindings, frame.input);
    if (auto* e = std::get_if<StateError>(&out)) return in.FailFrame(frame, std::move(*e));
    auto& done = std::get<OutputAndAssign>(out);
    in.ExitState(frame, std::move(done.output), next, done.assigned);
  }
};

}  // namespace

const StateHandler& JsonataChoiceHandler() {
  static const JsonataChoice handler;
  return handler;
}

}  // namespace asl::engine
