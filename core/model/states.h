// The fields particular to each of the eight state types (ASL "State Types").
//
// Raw json::Value fields hold payload templates and JSONata expressions exactly as written
// (Parameters, ResultSelector, Result, Arguments, ItemSelector, ItemReader ...): the engine
// compiles them itself. Numeric fields that JSONata states may also write as "{% ... %}"
// strings (TimeoutSeconds, Seconds, MaxConcurrency ...) are raw values too.
#ifndef ASL_CORE_MODEL_STATES_H_
#define ASL_CORE_MODEL_STATES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/json/value.h"
#include "core/model/choice_rule.h"
#include "core/model/error_handlers.h"
#include "core/model/path_field.h"

namespace asl::model {

struct StateMachine;

enum class StateType { kPass, kTask, kChoice, kWait, kSucceed, kFail, kParallel, kMap };

// "Pass", "Task", ... as ASL spells them.
std::string_view StateTypeName(StateType type);
std::optional<StateType> ParseStateType(std::string_view name);

struct PassState {
  std::optional<json::Value> result;
  std::optional<json::Value> parameters;
  PathField result_path;
};

struct TaskState {
  std::string resource;
  std::optional<json::Value> parameters;  // JSONPath.
  std::optional<json::Value> arguments;   // JSONata.
  std::optional<json::Value> result_selector;
  PathField result_path;
  std::optional<json::Value> timeout_seconds;  // Integer, or a JSONata string.
  std::optional<std::string> timeout_seconds_path;
  std::optional<json::Value> heartbeat_seconds;
  std::optional<std::string> heartbeat_seconds_path;
  std::optional<json::Value> credentials;
  std::vector<Retrier> retry;
  std::vector<Catcher> catch_;
};

struct ChoiceState {
  std::vector<ChoiceRule> choices;
  std::optional<std::string> default_state;  // "Default".
};

// Exactly one of the four forms is set in a valid definition.
struct WaitState {
  std::optional<json::Value> seconds;  // Integer, or a JSONata string.
  std::optional<std::string> seconds_path;
  std::optional<json::Value> timestamp;  // RFC 3339 string, or a JSONata string.
  std::optional<std::string> timestamp_path;
};

struct SucceedState {};

struct FailState {
  std::optional<std::string> error;  // A literal, or a JSONata string in JSONata states.
  std::optional<std::string> error_path;
  std::optional<std::string> cause;
  std::optional<std::string> cause_path;
};

struct ParallelState {
  std::vector<StateMachine> branches;
  std::optional<json::Value> parameters;
  std::optional<json::Value> arguments;
  std::optional<json::Value> result_selector;
  PathField result_path;
  std::vector<Retrier> retry;
  std::vector<Catcher> catch_;
};

enum class ProcessorMode { kInline, kDistributed };

// ItemProcessor.ProcessorConfig. ExecutionType ("STANDARD" | "EXPRESS") applies to DISTRIBUTED.
struct ProcessorConfig {
  ProcessorMode mode = ProcessorMode::kInline;
  std::optional<std::string> execution_type;
};

struct MapState {
  // ItemProcessor, or the legacy Iterator (then `legacy_iterator` is true). Null only when the
  // definition has neither.
  std::shared_ptr<const StateMachine> item_processor;
  bool legacy_iterator = false;
  ProcessorConfig processor_config;
  std::optional<std::string> items_path;  // JSONPath.
  std::optional<json::Value> items;       // JSONata: an array or an expression.
  std::optional<json::Value> item_selector;
  std::optional<json::Value> parameters;  // Legacy spelling of ItemSelector.
  std::optional<json::Value> item_reader;
  std::optional<json::Value> item_batcher;
  std::optional<json::Value> result_writer;
  std::optional<json::Value> result_selector;
  PathField result_path;
  std::optional<json::Value> max_concurrency;  // Integer, or a JSONata string.
  std::optional<std::string> max_concurrency_path;
  std::optional<json::Value> tolerated_failure_percentage;
  std::optional<std::string> tolerated_failure_percentage_path;
  std::optional<json::Value> tolerated_failure_count;
  std::optional<std::string> tolerated_failure_count_path;
  std::optional<std::string> label;
  std::vector<Retrier> retry;
  std::vector<Catcher> catch_;
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_STATES_H_
