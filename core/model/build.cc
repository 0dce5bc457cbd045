#include "core/model/build.h"

#include <memory>
#include <utility>

#include "core/json/pointer.h"
#include "core/model/build_choice.h"
#include "core/model/build_error_handlers.h"
#include "core/model/field_reader.h"

namespace asl::model {
namespace {

StateMachine BuildMachine(const json::Value& json, std::string pointer, QueryLanguage inherited,
                          int depth);

void BuildPass(const json::Value& s, PassState& out) {
  out.result = ReadValue(s, "Result");
  out.parameters = ReadValue(s, "Parameters");
  out.result_path = ReadPathField(s, "ResultPath");
}

void BuildTask(const json::Value& s, const std::string& pointer, TaskState& out) {
  out.resource = ReadString(s, "Resource").value_or("");
  out.parameters = ReadValue(s, "Parameters");
  out.arguments = ReadValue(s, "Arguments");
  out.result_selector = ReadValue(s, "ResultSelector");
  out.result_path = ReadPathField(s, "ResultPath");
  out.timeout_seconds = ReadValue(s, "TimeoutSeconds");
  out.timeout_seconds_path = ReadString(s, "TimeoutSecondsPath");
  out.heartbeat_seconds = ReadValue(s, "HeartbeatSeconds");
  out.heartbeat_seconds_path = ReadString(s, "HeartbeatSecondsPath");
  out.credentials = ReadValue(s, "Credentials");
  out.retry = BuildRetriers(s, pointer);
  out.catch_ = BuildCatchers(s, pointer);
}

void BuildChoice(const json::Value& s, const std::string& pointer, ChoiceState& out) {
  out.default_state = ReadString(s, "Default");
  const json::Value* choices = s.Find("Choices");
  if (choices == nullptr) return;
  out.choices.reserve(choices->size());
  std::string base = json::AppendPointer(pointer, "Choices");
  for (size_t i = 0; i < choices->size(); ++i) {
    out.choices.push_back(BuildChoiceRule(*choices->At(i), json::AppendPointer(base, i), true));
  }
}

void BuildWait(const json::Value& s, WaitState& out) {
  out.seconds = ReadValue(s, "Seconds");
  out.seconds_path = ReadString(s, "SecondsPath");
  out.timestamp = ReadValue(s, "Timestamp");
  out.timestamp_path = ReadString(s, "TimestampPath");
}

void BuildFail(const json::Value& s, FailState& out) {
  out.error = ReadString(s, "Error");
  out.error_path = ReadString(s, "ErrorPath");
  out.cause = ReadString(s, "Cause");
  out.cause_path = ReadString(s, "CausePath");
}

void BuildParallel(const json::Value& s, const std::string& pointer, QueryLanguage language,
                   int depth, bool& complete, ParallelState& out) {
  out.parameters = ReadValue(s, "Parameters");
  out.arguments = ReadValue(s, "Arguments");
  out.result_selector = ReadValue(s, "ResultSelector");
  out.result_path = ReadPathField(s, "ResultPath");
  out.retry = BuildRetriers(s, pointer);
  out.catch_ = BuildCatchers(s, pointer);
  const json::Value* branches = s.Find("Branches");
  if (branches == nullptr) return;
  if (depth + 1 >= kMaxNesting) {
    complete = false;
    return;
  }
  std::string base = json::AppendPointer(pointer, "Branches");
  out.branches.reserve(branches->size());
  for (size_t i = 0; i < branches->size(); ++i) {
    out.branches.push_back(
        BuildMachine(*branches->At(i), json::AppendPointer(base, i), language, depth + 1));
    complete = complete && out.branches.back().complete;
  }
}

void BuildMap(const json::Value& s, const std::string& pointer, QueryLanguage language, int depth,
              bool& complete, MapState& out) {
  out.items_path = ReadString(s, "ItemsPath");
  out.items = ReadValue(s, "Items");
  out.item_selector = ReadValue(s, "ItemSelector");
  out.parameters = ReadValue(s, "Parameters");
  out.item_reader = ReadValue(s, "ItemReader");
  out.item_batcher = ReadValue(s, "ItemBatcher");
  out.result_writer = ReadValue(s, "ResultWriter");
  out.result_selector = ReadValue(s, "ResultSelector");
  out.result_path = ReadPathField(s, "ResultPath");
  out.max_concurrency = ReadValue(s, "MaxConcurrency");
  out.max_concurrency_path = ReadString(s, "MaxConcurrencyPath");
  out.tolerated_failure_percentage = ReadValue(s, "ToleratedFailurePercentage");
  out.tolerated_failure_percentage_path = ReadString(s, "ToleratedFailurePercentagePath");
  out.tolerated_failure_count = ReadValue(s, "ToleratedFailureCount");
  out.tolerated_failure_count_path = ReadString(s, "ToleratedFailureCountPath");
  out.label = ReadString(s, "Label");
  out.retry = BuildRetriers(s, pointer);
  out.catch_ = BuildCatchers(s, pointer);

  std::string_view key = "ItemProcessor";
  const json::Value* processor = s.Find(key);
  if (processor == nullptr) {
    key = "Iterator";
    processor = s.Find(key);
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
      BuildMachine(*processor, json::AppendPointer(pointer, key), language, depth + 1));
  complete = complete && machine->complete;
  out.item_processor = std::move(machine);
}

// Fills `state` (default-constructed in place, so the large state is never moved).
void BuildState(const std::string& name, const json::Value& s, std::string pointer,
                QueryLanguage machine_language, int depth, bool& complete, State& state) {
  state.name = name;
  state.pointer = std::move(pointer);
  state.raw = s;
  state.query_language = machine_language;
  if (auto own = ReadString(s, "QueryLanguage")) {
    state.query_language = ParseQueryLanguage(*own).value_or(machine_language);
  }
  state.comment = ReadString(s, "Comment");
  state.next = ReadString(s, "Next");
  const json::Value* end = s.Find("End");
  state.end = end != nullptr && end->as_bool();
  state.input_path = ReadPathField(s, "InputPath");
  state.output_path = ReadPathField(s, "OutputPath");
  state.assign = ReadValue(s, "Assign");
  state.output = ReadValue(s, "Output");

  std::optional<StateType> parsed_type = ParseStateType(ReadString(s, "Type").value_or(""));
  state.type_valid = parsed_type.has_value();
  StateType type = parsed_type.value_or(StateType::kPass);
  state.type = type;
  const std::string& p = state.pointer;
  switch (type) {
    case StateType::kPass:
      BuildPass(s, state.body.emplace<PassState>());
      break;
    case StateType::kTask:
      BuildTask(s, p, state.body.emplace<TaskState>());
      break;
    case StateType::kChoice:
      BuildChoice(s, p, state.body.emplace<ChoiceState>());
      break;
    case StateType::kWait:
      BuildWait(s, state.body.emplace<WaitState>());
      break;
    case StateType::kSucceed:
      state.body.emplace<SucceedState>();
      break;
    case StateType::kFail:
      BuildFail(s, state.body.emplace<FailState>());
      break;
    case StateType::kParallel:
      BuildParallel(s, p, state.query_language, depth, complete,
                    state.body.emplace<ParallelState>());
      break;
    case StateType::kMap:
      BuildMap(s, p, state.query_language, depth, complete, state.body.emplace<MapState>());
      break;
  }
}

StateMachine BuildMachine(const json::Value& json, std::string pointer, QueryLanguage inherited,
                          int depth) {
  StateMachine machine;
  machine.pointer = std::move(pointer);
  machine.query_language = inherited;
  machine.raw = json;
  if (!json.is_object()) return machine;
  machine.start_at = ReadString(json, "StartAt").value_or("");
  machine.comment = ReadString(json, "Comment");
  machine.version = ReadString(json, "Version");
  machine.timeout_seconds = ReadValue(json, "TimeoutSeconds");
  if (auto own = ReadString(json, "QueryLanguage")) {
    if (auto language = ParseQueryLanguage(*own)) {
      machine.query_language = *language;
      machine.query_language_explicit = true;
    }
  }
  const json::Value* states = json.Find("States");
  if (states == nullptr || !states->is_object()) return machine;
  std::string base = json::AppendPointer(machine.pointer, "States");
  machine.states.reserve(states->size());
  machine.index.reserve(states->size());
  for (const json::Member& m : states->as_object()) {
    if (!m.value.is_object()) continue;
    machine.index.emplace(m.key, machine.states.size());
    BuildState(m.key, m.value, json::AppendPointer(base, m.key), machine.query_language, depth,
               machine.complete, machine.states.emplace_back());
  }
  return machine;
}

}  // namespace

StateMachine BuildStateMachine(const json::Value& definition) {
  return BuildMachine(definition, "", QueryLanguage::kJsonPath, 0);
}

}  // namespace asl::model
