#include "core/engine/program.h"

#include <utility>

#include "core/engine/states/state_handler.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {
namespace {

struct StateEvents {
  EventType entered;
  std::optional<EventType> exited;
};

StateEvents EventsFor(model::StateType type) {
  switch (type) {
    case model::StateType::kPass:
      return {EventType::kPassStateEntered, EventType::kPassStateExited};
    case model::StateType::kTask:
      return {EventType::kTaskStateEntered, EventType::kTaskStateExited};
    case model::StateType::kChoice:
      return {EventType::kChoiceStateEntered, EventType::kChoiceStateExited};
    case model::StateType::kWait:
      return {EventType::kWaitStateEntered, EventType::kWaitStateExited};
    case model::StateType::kSucceed:
      return {EventType::kSucceedStateEntered, EventType::kSucceedStateExited};
    case model::StateType::kFail:
      return {EventType::kFailStateEntered, std::nullopt};
    case model::StateType::kParallel:
      return {EventType::kParallelStateEntered, EventType::kParallelStateExited};
    case model::StateType::kMap:
      return {EventType::kMapStateEntered, EventType::kMapStateExited};
  }
  return {EventType::kPassStateEntered, EventType::kPassStateExited};
}

// Whether any key or string in `value` contains "$$". Bounded by the model's own nesting bound.
bool MentionsContext(const json::Value& value, int depth = 0) {
  if (depth > 256) return true;
  if (value.is_string()) return value.as_string().find("$$") != std::string::npos;
  if (value.is_array()) {
    for (const json::Value& item : value.as_array()) {
      if (MentionsContext(item, depth + 1)) return true;
    }
  }
  if (value.is_object()) {
    for (const json::Member& m : value.as_object()) {
      if (m.key.find("$$") != std::string::npos || MentionsContext(m.value, depth + 1)) {
        return true;
      }
    }
  }
  return false;
}

const std::vector<model::Catcher>* CatchersOf(const model::State& state) {
  if (auto* task = state.As<model::TaskState>()) return &task->catch_;
  if (auto* parallel = state.As<model::ParallelState>()) return &parallel->catch_;
  if (auto* map = state.As<model::MapState>()) return &map->catch_;
  return nullptr;
}

struct TemplateFields {
  const std::optional<json::Value>* parameters = nullptr;
  const std::optional<json::Value>* result_selector = nullptr;
};

TemplateFields TemplatesOf(const model::State& state) {
  if (auto* pass = state.As<model::PassState>()) return {&pass->parameters, nullptr};
  if (auto* task = state.As<model::TaskState>()) {
    return {&task->parameters, &task->result_selector};
  }
  if (auto* parallel = state.As<model::ParallelState>()) {
    return {&parallel->parameters, &parallel->result_selector};
  }
  if (auto* map = state.As<model::MapState>()) {
    return {map->item_selector ? &map->item_selector : &map->parameters, &map->result_selector};
  }
  return {};
}

model::PathField ResultPathOf(const model::State& state) {
  if (auto* pass = state.As<model::PassState>()) return pass->result_path;
  if (auto* task = state.As<model::TaskState>()) return task->result_path;
  if (auto* parallel = state.As<model::ParallelState>()) return parallel->result_path;
  if (auto* map = state.As<model::MapState>()) return map->result_path;
  return {};
}

std::unique_ptr<CompiledMachine> CompileMachine(const model::StateMachine& machine,
                                                std::string* problem) {
  auto out = std::make_unique<CompiledMachine>();
  out->model = &machine;
  out->states.resize(machine.states.size());
  out->start = out->IndexOf(machine.start_at);
  if (out->start == kNoState) {
    *problem = "StartAt '" + machine.start_at + "' names no state.";
    return nullptr;
  }
  for (size_t i = 0; i < machine.states.size(); ++i) {
    const model::State& state = machine.states[i];
    CompiledState& c = out->states[i];
    c.model = &state;
    c.name = json::Value(state.name);
    c.handler = state.query_language == model::QueryLanguage::kJsonata
                    ? &JsonataHandlerFor(state.type)
                    : &HandlerFor(state.type);
    StateEvents events = EventsFor(state.type);
    c.entered_event = events.entered;
    c.exited_event = events.exited;
    c.uses_context = MentionsContext(state.raw);
    c.input_path = CompilePathField(state.input_path);
    c.output_path = CompilePathField(state.output_path);
    c.result_path = CompilePathField(ResultPathOf(state));
    if (state.query_language == model::QueryLanguage::kJsonPath) {
      TemplateFields templates = TemplatesOf(state);
      if (templates.parameters) c.parameters = CompileTemplate(*templates.parameters);
      if (templates.result_selector)
        c.result_selector = CompileTemplate(*templates.result_selector);
      c.assign = CompileTemplate(state.assign);
    } else {
      c.jsonata = CompileJsonata(state);
    }
    if (state.next) {
      c.next = out->IndexOf(*state.next);
      if (c.next == kNoState) {
        *problem =
            "State '" + state.name + "' has Next '" + *state.next + "', which names no state.";
        return nullptr;
      }
    }
    if (const auto* catchers = CatchersOf(state)) {
      for (const model::Catcher& catcher : *catchers) {
        uint32_t next = out->IndexOf(catcher.next);
        if (next == kNoState) {
          *problem = "A Catcher of state '" + state.name + "' has Next '" + catcher.next +
                     "', which names no state.";
          return nullptr;
        }
        c.catcher_next.push_back(next);
        c.catcher_result_paths.push_back(CompilePathField(catcher.result_path));
        c.catcher_assign.push_back(CompileTemplate(catcher.assign));
      }
    }
    std::vector<const model::StateMachine*> children;
    if (auto* parallel = state.As<model::ParallelState>()) {
      for (const model::StateMachine& branch : parallel->branches) children.push_back(&branch);
    } else if (auto* map = state.As<model::MapState>()) {
      if (map->item_processor) children.push_back(map->item_processor.get());
    }
    c.plan = c.handler->Prepare(*out, state);
    for (const model::StateMachine* child : children) {
      std::unique_ptr<CompiledMachine> compiled = CompileMachine(*child, problem);
      if (!compiled) return nullptr;
      c.children.push_back(std::move(compiled));
    }
  }
  return out;
}

}  // namespace

uint32_t CompiledMachine::IndexOf(std::string_view name) const {
  if (model == nullptr) return kNoState;
  std::optional<size_t> i = model->IndexOf(name);
  return i ? static_cast<uint32_t>(*i) : kNoState;
}

CompiledPath CompilePathField(const model::PathField& field) {
  CompiledPath out;
  if (field.is_null()) {
    out.kind = CompiledPath::Kind::kNull;
  } else if (field.has_path() && field.path != "$") {
    out.kind = CompiledPath::Kind::kPath;
    auto parsed = path::Path::Parse(field.path);
    if (auto* p = std::get_if<path::Path>(&parsed)) {
      out.path = std::move(*p);
    } else {
      out.problem = std::get<path::PathProblem>(parsed).message;
    }
  }
  return out;
}

CompiledTemplate CompileTemplate(const std::optional<json::Value>& value) {
  CompiledTemplate out;
  if (!value) return out;
  auto compiled = intrinsics::PayloadTemplate::Compile(*value);
  if (auto* t = std::get_if<intrinsics::PayloadTemplate>(&compiled)) {
    out.payload = std::move(*t);
  } else {
    const auto& problem = std::get<intrinsics::TemplateProblem>(compiled);
    out.problem = "The payload template member at '" + problem.pointer +
                  "' is invalid: " + problem.problem.message;
  }
  return out;
}

std::unique_ptr<const CompiledJsonata> CompileJsonata(const model::State& state) {
  auto out = std::make_unique<CompiledJsonata>();
  out->output = JsonataTemplate::Compile(state.output, "Output");
  out->assign = JsonataTemplate::Compile(state.assign, "Assign");
  if (const auto* catchers = CatchersOf(state)) {
    for (const model::Catcher& catcher : *catchers) {
      out->catcher_output.push_back(JsonataTemplate::Compile(catcher.output, "Output"));
      out->catcher_assign.push_back(JsonataTemplate::Compile(catcher.assign, "Assign"));
    }
  }
  if (const auto* task = state.As<model::TaskState>()) {
    out->arguments = JsonataTemplate::Compile(task->arguments, "Arguments");
    out->timeout_seconds = JsonataTemplate::Compile(task->timeout_seconds, "TimeoutSeconds");
    out->heartbeat_seconds = JsonataTemplate::Compile(task->heartbeat_seconds, "HeartbeatSeconds");
  } else if (const auto* parallel = state.As<model::ParallelState>()) {
    out->arguments = JsonataTemplate::Compile(parallel->arguments, "Arguments");
  } else if (const auto* wait = state.As<model::WaitState>()) {
    out->seconds = JsonataTemplate::Compile(wait->seconds, "Seconds");
    out->timestamp = JsonataTemplate::Compile(wait->timestamp, "Timestamp");
  } else if (const auto* map = state.As<model::MapState>()) {
    out->items = JsonataTemplate::Compile(map->items, "Items");
    out->item_selector = JsonataTemplate::Compile(map->item_selector, "ItemSelector");
    out->item_batcher = JsonataTemplate::Compile(map->item_batcher, "ItemBatcher");
    out->max_concurrency = JsonataTemplate::Compile(map->max_concurrency, "MaxConcurrency");
    out->tolerated_failure_count =
        JsonataTemplate::Compile(map->tolerated_failure_count, "ToleratedFailureCount");
    out->tolerated_failure_percentage =
        JsonataTemplate::Compile(map->tolerated_failure_percentage, "ToleratedFailurePercentage");
  } else if (const auto* fail = state.As<model::FailState>()) {
    if (fail->error) out->error = JsonataTemplate::Compile(json::Value(*fail->error), "Error");
    if (fail->cause) out->cause = JsonataTemplate::Compile(json::Value(*fail->cause), "Cause");
  } else if (const auto* choice = state.As<model::ChoiceState>()) {
    for (const model::ChoiceRule& rule : choice->choices) {
      out->conditions.push_back(rule.kind == model::ChoiceRule::Kind::kCondition
                                    ? JsonataTemplate::Compile(rule.condition, "Condition")
                                    : JsonataTemplate());
      out->rule_output.push_back(JsonataTemplate::Compile(rule.output, "Output"));
      out->rule_assign.push_back(JsonataTemplate::Compile(rule.assign, "Assign"));
    }
  }
  return out;
}

std::unique_ptr<CompiledMachine> Compile(const model::StateMachine& machine, std::string* problem) {
  if (!machine.complete) {
    *problem = "The definition nests Parallel and Map states too deeply to run.";
    return nullptr;
  }
  return CompileMachine(machine, problem);
}

}  // namespace asl::engine
