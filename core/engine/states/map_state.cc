// Map (ASL "Map State"). Not integrated yet: fails with a States.Runtime that says so.
#include "core/engine/interpreter.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

class Map final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    in.FailFrame(frame, in.RuntimeError(frame, "Map states are not supported yet."));
  }
};

}  // namespace

const StateHandler& MapHandler() {
  static const Map handler;
  return handler;
}

}  // namespace asl::engine
