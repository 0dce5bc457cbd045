// Pass and Succeed in JSONata states: Output (default: the state input) and Assign, both
// evaluated from the state input
// (https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html).
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

class JsonataPass final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    auto out = EvaluateOutputAndAssign(in, frame, state.jsonata->output, state.jsonata->assign,
                                       bindings, frame.input);
    if (auto* e = std::get_if<StateError>(&out)) return in.FailFrame(frame, std::move(*e));
    auto& done = std::get<OutputAndAssign>(out);
    if (DataFlowRecord* flow = in.Flow(frame)) flow->result = done.output;
    in.ExitState(frame, std::move(done.output), state.next, done.assigned);
  }
};

}  // namespace

const StateHandler& JsonataPassHandler() {
  static const JsonataPass handler;
  return handler;
}

}  // namespace asl::engine
