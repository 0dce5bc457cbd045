// Succeed (ASL "Succeed State"): InputPath -> OutputPath, then the machine (or branch) ends.
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

class Succeed final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) return in.FailFrame(frame, std::move(*e));
    ValueOrError output = ApplyOutputPath(in, frame, std::get<json::Value>(effective));
    if (auto* e = std::get_if<StateError>(&output)) return in.FailFrame(frame, std::move(*e));
    in.ExitState(frame, std::get<json::Value>(std::move(output)), kNoState);
  }
};

}  // namespace

const StateHandler& SucceedHandler() {
  static const Succeed handler;
  return handler;
}

}  // namespace asl::engine
