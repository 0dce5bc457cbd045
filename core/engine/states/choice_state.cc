// Choice (ASL "Choice State"): InputPath, then the first Choice Rule that matches names the next
// state, else Default, else States.NoChoiceMatched; OutputPath shapes the output.
#include <string>
#include <utility>
#include <vector>

#include "core/engine/choice_rule_evaluator.h"
#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

struct ChoicePlan final : StatePlan {
  std::vector<PreparedRule> rules;
  std::vector<uint32_t> next;            // Per rule.
  std::vector<CompiledTemplate> assign;  // Per rule; the state's Assign goes with Default.
  uint32_t default_state = kNoState;
};

class Choice final : public StateHandler {
 public:
  std::unique_ptr<const StatePlan> Prepare(const CompiledMachine& machine,
                                           const model::State& state) const override {
    auto plan = std::make_unique<ChoicePlan>();
    const auto& choice = *state.As<model::ChoiceState>();
    for (const model::ChoiceRule& rule : choice.choices) {
      plan->rules.push_back(PrepareRule(rule));
      plan->next.push_back(rule.next ? machine.IndexOf(*rule.next) : kNoState);
      plan->assign.push_back(state.query_language == model::QueryLanguage::kJsonPath
                                 ? CompileTemplate(rule.assign)
                                 : CompiledTemplate{});
    }
    if (choice.default_state) plan->default_state = machine.IndexOf(*choice.default_state);
    return plan;
  }

  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const auto& plan = static_cast<const ChoicePlan&>(*state.plan);
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) return in.FailFrame(frame, std::move(*e));
    const json::Value& input = std::get<json::Value>(effective);
    if (DataFlowRecord* flow = in.Flow(frame)) flow->after_input_path = input;
    path::Environment env = in.Environment(frame, input);
    uint32_t next = plan.default_state;
    const CompiledTemplate* assign = &state.assign;
    bool matched = false;
    for (size_t i = 0; i < plan.rules.size() && !matched; ++i) {
      auto result = EvaluateRule(plan.rules[i], env);
      if (auto* problem = std::get_if<std::string>(&result)) {
        return in.FailFrame(frame, in.RuntimeError(frame, *problem));
      }
      if (std::get<bool>(result)) {
        next = plan.next[i];
        assign = &plan.assign[i];
        matched = true;
      }
    }
    if (next == kNoState) {
      return in.FailFrame(
          frame, StateError{std::string(kStatesNoChoiceMatched),
                            "No Matches! for state '" + state.name.as_string() + "'", false});
    }
    ValueOrError assigned = EvaluateAssign(in, frame, *assign, input);
    if (auto* e = std::get_if<StateError>(&assigned)) return in.FailFrame(frame, std::move(*e));
    ValueOrError output = ApplyOutputPath(in, frame, input);
    if (auto* e = std::get_if<StateError>(&output)) return in.FailFrame(frame, std::move(*e));
    in.ExitState(frame, std::get<json::Value>(std::move(output)), next,
                 std::get<json::Value>(assigned));
  }
};

}  // namespace

const StateHandler& ChoiceHandler() {
  static const Choice handler;
  return handler;
}

}  // namespace asl::engine
