// Parallel (ASL "Parallel State"). Not integrated yet: fails with a States.Runtime that says so.
#include "core/engine/interpreter.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

class Parallel final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    in.FailFrame(frame, in.RuntimeError(frame, "Parallel states are not supported yet."));
  }
};

}  // namespace

const StateHandler& ParallelHandler() {
  static const Parallel handler;
  return handler;
}

}  // namespace asl::engine
