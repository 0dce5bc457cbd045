// A state machine prepared for execution: states by index, names as shared values, paths
// parsed once. Built from a validated model; the model must outlive the program.
#ifndef ASL_CORE_ENGINE_PROGRAM_H_
#define ASL_CORE_ENGINE_PROGRAM_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/event_type.h"
#include "core/engine/jsonata_template.h"
#include "core/intrinsics/payload_template.h"
#include "core/json/value.h"
#include "core/model/state_machine.h"
#include "core/path/path.h"

namespace asl::engine {

class StateHandler;
struct CompiledMachine;

// What a state handler prepares once per state (e.g. a Choice state's parsed rules).
class StatePlan {
 public:
  virtual ~StatePlan() = default;
};

inline constexpr uint32_t kNoState = std::numeric_limits<uint32_t>::max();

// A PathField (InputPath, OutputPath, ResultPath) ready to apply.
struct CompiledPath {
  enum class Kind : uint8_t { kIdentity, kNull, kPath };
  Kind kind = Kind::kIdentity;  // Absent or "$".
  std::optional<path::Path> path;
  std::string problem;  // Set when the text could not be parsed (the validator reports it).
};

// A payload template (Parameters, ResultSelector, ItemSelector, Assign) compiled once.
struct CompiledTemplate {
  std::optional<intrinsics::PayloadTemplate> payload;  // Absent when the field is absent.
  std::string problem;  // Set when the template could not be compiled (the validator says why).
  bool present() const { return payload.has_value() || !problem.empty(); }
};

// The fields of a JSONata state, compiled once (absent fields stay absent). Catcher and
// Choice-rule fields are per Catcher / rule, in order.
struct CompiledJsonata {
  JsonataTemplate arguments;  // Task, Parallel.
  JsonataTemplate output;
  JsonataTemplate assign;
  std::vector<JsonataTemplate> catcher_output;
  std::vector<JsonataTemplate> catcher_assign;
  JsonataTemplate timeout_seconds;               // Task.
  JsonataTemplate heartbeat_seconds;             // Task.
  JsonataTemplate seconds;                       // Wait.
  JsonataTemplate timestamp;                     // Wait.
  JsonataTemplate items;                         // Map.
  JsonataTemplate item_selector;                 // Map.
  JsonataTemplate item_batcher;                  // Map.
  JsonataTemplate max_concurrency;               // Map.
  JsonataTemplate tolerated_failure_count;       // Map.
  JsonataTemplate tolerated_failure_percentage;  // Map.
  JsonataTemplate error;                         // Fail.
  JsonataTemplate cause;                         // Fail.
  std::vector<JsonataTemplate> conditions;       // Choice.
  std::vector<JsonataTemplate> rule_output;      // Choice.
  std::vector<JsonataTemplate> rule_assign;      // Choice.
};

struct CompiledState {
  const model::State* model = nullptr;
  json::Value name;          // String, shared by every event that names the state.
  uint32_t next = kNoState;  // Index of "Next" in the same machine; kNoState with End.
  const StateHandler* handler = nullptr;
  bool uses_context = false;  // Some string of the state contains "$$".
  EventType entered_event;
  std::optional<EventType> exited_event;  // Fail states have no exit event.
  CompiledPath input_path;
  CompiledPath output_path;
  CompiledPath result_path;
  // Parameters (Pass, Task, Parallel) or ItemSelector / Parameters (Map).
  CompiledTemplate parameters;
  CompiledTemplate result_selector;
  CompiledTemplate assign;
  std::vector<uint32_t> catcher_next;              // Catch[i].Next as indexes.
  std::vector<CompiledPath> catcher_result_paths;  // Catch[i].ResultPath.
  std::vector<CompiledTemplate> catcher_assign;    // Catch[i].Assign.
  std::unique_ptr<const StatePlan> plan;           // From the handler's Prepare; may be null.
  std::unique_ptr<const CompiledJsonata> jsonata;  // Set for JSONata states only.
  // Parallel branches, or the Map ItemProcessor as the single child.
  std::vector<std::unique_ptr<CompiledMachine>> children;
};

struct CompiledMachine {
  const model::StateMachine* model = nullptr;
  uint32_t start = kNoState;
  std::vector<CompiledState> states;

  uint32_t IndexOf(std::string_view name) const;
};

// Builds the program of `machine` and its nested machines. Returns nullptr and sets *problem
// when a transition names no state or StartAt is missing (a definition the validator rejects).
std::unique_ptr<CompiledMachine> Compile(const model::StateMachine& machine, std::string* problem);

CompiledPath CompilePathField(const model::PathField& field);
CompiledTemplate CompileTemplate(const std::optional<json::Value>& value);
// The JSONata fields of `state` (whatever its query language).
std::unique_ptr<const CompiledJsonata> CompileJsonata(const model::State& state);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PROGRAM_H_
