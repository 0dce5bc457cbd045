#include "core/model/build.h"

#include <memory>
#include <utility>

#include "core/model/build_choice.h"
#include "core/model/build_error_handlers.h"
#include "core/model/field_reader.h"
#include "core/model/state_field.h"

namespace asl::model {
namespace {

// The machine `json` at `pointer`; its pointers and its states' go into `arena`, which every
// machine of the model shares.
StateMachine BuildMachine(const json::Value& json, std::string_view pointer,
                          const std::shared_ptr<PointerArena>& arena, QueryLanguage inherited,
                          int depth);

using F = StateField;

void BuildPass(const StateFieldValues& f, PassState& out) {
  out.result = ReadValue(f[F::kResult]);
  out.parameters = ReadValue(f[F::kParameters]);
  out.result_path = ReadPathField(f[F::kResultPath]);
}

void BuildTask(const StateFieldValues& f, std::string_view pointer, PointerArena& pointers,
               TaskState& out) {
  out.resource = ReadString(f[F::kResource]).value_or("");
  out.parameters = ReadValue(f[F::kParameters]);
  out.arguments = ReadValue(f[F::kArguments]);
  out.result_selector = ReadValue(f[F::kResultSelector]);
  out.result_path = ReadPathField(f[F::kResultPath]);
  out.timeout_seconds = ReadValue(f[F::kTimeoutSeconds]);
  out.timeout_seconds_path = ReadString(f[F::kTimeoutSecondsPath]);
  out.heartbeat_seconds = ReadValue(f[F::kHeartbeatSeconds]);
  out.heartbeat_seconds_path = ReadString(f[F::kHeartbeatSecondsPath]);
  out.credentials = ReadValue(f[F::kCredentials]);
  out.retry = BuildRetriers(f[F::kRetry], pointer, pointers);
  out.catch_ = BuildCatchers(f[F::kCatch], pointer, pointers);
}

void BuildChoice(const StateFieldValues& f, std::string_view pointer, PointerArena& pointers,
                 ChoiceState& out) {
  out.default_state = ReadString(f[F::kDefault]);
  const json::Value* choices = f[F::kChoices];
  if (choices == nullptr) return;
  // A non-array (an object has a size too) holds no rules.
  json::ItemsView rules = choices->as_array();
  out.choices.reserve(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    out.choices.push_back(
        BuildChoiceRule(rules[i], pointers.Append(pointer, "Choices", i), true, pointers));
  }
}

void BuildWait(const StateFieldValues& f, WaitState& out) {
  out.seconds = ReadValue(f[F::kSeconds]);
  out.seconds_path = ReadString(f[F::kSecondsPath]);
  out.timestamp = ReadValue(f[F::kTimestamp]);
  out.timestamp_path = ReadString(f[F::kTimestampPath]);
}

void BuildFail(const StateFieldValues& f, FailState& out) {
  out.error = ReadString(f[F::kError]);
  out.error_path = ReadString(f[F::kErrorPath]);
  out.cause = ReadString(f[F::kCause]);
  out.cause_path = ReadString(f[F::kCausePath]);
}

void BuildParallel(const StateFieldValues& f, std::string_view pointer,
                   const std::shared_ptr<PointerArena>& arena, QueryLanguage language, int depth,
                   bool& complete, ParallelState& out) {
  out.parameters = ReadValue(f[F::kParameters]);
  out.arguments = ReadValue(f[F::kArguments]);
  out.result_selector = ReadValue(f[F::kResultSelector]);
  out.result_path = ReadPathField(f[F::kResultPath]);
  out.retry = BuildRetriers(f[F::kRetry], pointer, *arena);
  out.catch_ = BuildCatchers(f[F::kCatch], pointer, *arena);
  const json::Value* branches = f[F::kBranches];
  if (branches == nullptr) return;
  if (depth + 1 >= kMaxNesting) {
    complete = false;
    return;
  }
  json::ItemsView items = branches->as_array();  // A non-array holds no branches.
  out.branches.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    out.branches.push_back(
        BuildMachine(items[i], arena->Append(pointer, "Branches", i), arena, language, depth + 1));
    complete = complete && out.branches.back().complete;
  }
}

void BuildMap(const StateFieldValues& f, std::string_view pointer,
              const std::shared_ptr<PointerArena>& arena, QueryLanguage language, int depth,
              bool& complete, MapState& out) {
  out.items_path = ReadString(f[F::kItemsPath]);
  out.items = ReadValue(f[F::kItems]);
  out.item_selector = ReadValue(f[F::kItemSelector]);
  out.parameters = ReadValue(f[F::kParameters]);
  out.item_reader = ReadValue(f[F::kItemReader]);
  out.item_batcher = ReadValue(f[F::kItemBatcher]);
  out.result_writer = ReadValue(f[F::kResultWriter]);
  out.result_selector = ReadValue(f[F::kResultSelector]);
  out.result_path = ReadPathField(f[F::kResultPath]);
  out.max_concurrency = ReadValue(f[F::kMaxConcurrency]);
  out.max_concurrency_path = ReadString(f[F::kMaxConcurrencyPath]);
  out.tolerated_failure_percentage = ReadValue(f[F::kToleratedFailurePercentage]);
  out.tolerated_failure_percentage_path = ReadString(f[F::kToleratedFailurePercentagePath]);
  out.tolerated_failure_count = ReadValue(f[F::kToleratedFailureCount]);
  out.tolerated_failure_count_path = ReadString(f[F::kToleratedFailureCountPath]);
  out.label = ReadString(f[F::kLabel]);
  out.retry = BuildRetriers(f[F::kRetry], pointer, *arena);
  out.catch_ = BuildCatchers(f[F::kCatch], pointer, *arena);

  std::string_view key = "ItemProcessor";
  const json::Value* processor = f[F::kItemProcessor];
  if (processor == nullptr) {
    key = "Iterator";
    processor = f[F::kIterator];
    out.legacy_iterator = processor != nullptr;
  }
  if (processor == nullptr) return;
  if (const json::Value* config = processor->Find("ProcessorConfig")) {
    if (ReadString(*config, "Mode") == "DISTRIBUTED") {
      out.processor_config.mode = ProcessorMode::kDistributed;
    }
    out.processor_config.execution_type = ReadString(*config, "ExecutionType");
  }
  if (depth + 1 >= kMaxNesting) {
    complete = false;
    return;
  }
  auto machine = std::make_shared<StateMachine>(
      BuildMachine(*processor, arena->Append(pointer, key), arena, language, depth + 1));
  complete = complete && machine->complete;
  out.item_processor = std::move(machine);
}

// Fills `state` (default-constructed in place, so the large state is never moved).
void BuildState(const std::string& name, const json::Value& s, std::string_view pointer,
                const std::shared_ptr<PointerArena>& arena, QueryLanguage machine_language,
                int depth, bool& complete, State& state) {
  const StateFieldValues f(s);
  state.name = name;
  state.pointer = pointer;
  state.raw = s;
  state.fields = f.slots();
  state.query_language = machine_language;
  if (auto own = ReadString(f[F::kQueryLanguage])) {
    state.query_language = ParseQueryLanguage(*own).value_or(machine_language);
  }
  state.comment = ReadString(f[F::kComment]);
  state.next = ReadString(f[F::kNext]);
  const json::Value* end = f[F::kEnd];
  state.end = end != nullptr && end->as_bool();
  state.input_path = ReadPathField(f[F::kInputPath]);
  state.output_path = ReadPathField(f[F::kOutputPath]);
  state.assign = ReadValue(f[F::kAssign]);
  state.output = ReadValue(f[F::kOutput]);

  const json::Value* type_value = f[F::kType];
  std::optional<StateType> parsed_type =
      ParseStateType(type_value != nullptr ? std::string_view(type_value->as_string()) : "");
  state.type_valid = parsed_type.has_value();
  StateType type = parsed_type.value_or(StateType::kPass);
  state.type = type;
  std::string_view p = state.pointer;
  switch (type) {
    case StateType::kPass:
      BuildPass(f, state.EmplaceBody<PassState>());
      break;
    case StateType::kTask:
      BuildTask(f, p, *arena, state.EmplaceBody<TaskState>());
      break;
    case StateType::kChoice:
      BuildChoice(f, p, *arena, state.EmplaceBody<ChoiceState>());
      break;
    case StateType::kWait:
      BuildWait(f, state.EmplaceBody<WaitState>());
      break;
    case StateType::kSucceed:
      state.EmplaceBody<SucceedState>();
      break;
    case StateType::kFail:
      BuildFail(f, state.EmplaceBody<FailState>());
      break;
    case StateType::kParallel:
      BuildParallel(f, p, arena, state.query_language, depth, complete,
                    state.EmplaceBody<ParallelState>());
      break;
    case StateType::kMap:
      BuildMap(f, p, arena, state.query_language, depth, complete, state.EmplaceBody<MapState>());
      break;
  }
}

StateMachine BuildMachine(const json::Value& json, std::string_view pointer,
                          const std::shared_ptr<PointerArena>& arena, QueryLanguage inherited,
                          int depth) {
  StateMachine machine;
  machine.pointer = pointer;
  machine.pointers = arena;
  machine.query_language = inherited;
  machine.raw = json;
  if (!json.is_object()) return machine;
  // One scan of the members finds the machine's fields.
  const json::Value* states = nullptr;
  const json::Value* query_language = nullptr;
  for (const json::Member& m : json.as_object()) {
    std::string_view key = m.key;
    if (key == "StartAt") {
      machine.start_at = ReadString(&m.value).value_or("");
    } else if (key == "States") {
      states = &m.value;
    } else if (key == "Comment") {
      machine.comment = ReadString(&m.value);
    } else if (key == "Version") {
      machine.version = ReadString(&m.value);
    } else if (key == "TimeoutSeconds") {
      machine.timeout_seconds = m.value;
    } else if (key == "QueryLanguage") {
      query_language = &m.value;
    }
  }
  if (auto own = ReadString(query_language)) {
    if (auto language = ParseQueryLanguage(*own)) {
      machine.query_language = *language;
      machine.query_language_explicit = true;
    }
  }
  if (states == nullptr || !states->is_object()) return machine;
  machine.states.reserve(states->size());
  for (const json::Member& m : states->as_object()) {
    if (!m.value.is_object()) continue;
    BuildState(m.key, m.value, arena->Append(machine.pointer, "States", m.key), arena,
               machine.query_language, depth, machine.complete, machine.states.emplace_back());
  }
  machine.index.Reserve(machine.states.size(), machine.NameOf());
  for (size_t i = 0; i < machine.states.size(); ++i) machine.index.Insert(i, machine.NameOf());
  return machine;
}

}  // namespace

StateMachine BuildStateMachine(const json::Value& definition) {
  return BuildMachine(definition, "", std::make_shared<PointerArena>(), QueryLanguage::kJsonPath,
                      0);
}

}  // namespace asl::model
