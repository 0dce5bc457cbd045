// Pass (ASL "Pass State"): InputPath -> Parameters -> Result -> ResultPath -> OutputPath.
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

class Pass final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const auto& pass = *state.model->As<model::PassState>();
    DataFlowRecord* flow = in.Flow(frame);
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (Failed(in, frame, effective)) return;
    if (flow) flow->after_input_path = std::get<json::Value>(effective);
    if (state.parameters.present()) {
      effective =
          ApplyPayloadTemplate(in, frame, state.parameters, std::get<json::Value>(effective));
      if (Failed(in, frame, effective)) return;
      if (flow) flow->after_parameters = std::get<json::Value>(effective);
    }
    json::Value result = pass.result ? *pass.result : std::get<json::Value>(std::move(effective));
    if (flow) flow->result = result;
    ValueOrError assigned = EvaluateAssign(in, frame, state.assign, result);
    if (Failed(in, frame, assigned)) return;
    if (auto error = CheckAssignedSize(in, frame, std::get<json::Value>(assigned))) {
      return in.FailFrame(frame, std::move(*error));
    }
    ValueOrError combined = ApplyResultPath(in, frame, frame.input, std::move(result));
    if (Failed(in, frame, combined)) return;
    if (flow) flow->after_result_path = std::get<json::Value>(combined);
    ValueOrError output = ApplyOutputPath(in, frame, std::get<json::Value>(combined));
    if (Failed(in, frame, output)) return;
    in.ExitState(frame, std::get<json::Value>(std::move(output)), state.next,
                 std::get<json::Value>(assigned));
  }

 private:
  static bool Failed(Interpreter& in, Frame& frame, ValueOrError& v) {
    if (auto* e = std::get_if<StateError>(&v)) {
      in.FailFrame(frame, std::move(*e));
      return true;
    }
    return false;
  }
};

}  // namespace

const StateHandler& PassHandler() {
  static const Pass handler;
  return handler;
}

}  // namespace asl::engine
