#include "core/engine/interpreter.h"

#include <utility>

#include "core/engine/io_processing.h"
#include "core/engine/jsonata_functions.h"
#include "core/engine/payload_size.h"
#include "core/engine/states/state_handler.h"

namespace asl::engine {
namespace {

std::optional<int64_t> ExecutionTimeoutSeconds(const model::StateMachine& machine) {
  if (!machine.timeout_seconds || !machine.timeout_seconds->is_int()) return std::nullopt;
  int64_t seconds = machine.timeout_seconds->as_int();
  return seconds > 0 ? std::optional<int64_t>(seconds) : std::nullopt;
}

}  // namespace

Interpreter::Interpreter(std::shared_ptr<const model::StateMachine> model, ExecuteOptions options)
    : model_(std::move(model)),
      options_(std::move(options)),
      clock_(options_.start_time_ms),
      random_(options_.seed),
      history_(options_.max_history_events, options_.record_history) {
  program_ = Compile(*model_, &compile_problem_);
}

void Interpreter::Start(json::Value input) {
  input_ = input;
  HistoryEvent started;
  started.type = EventType::kExecutionStarted;
  started.payload = input;
  started.details = json::Value(json::Members{{"roleArn", json::Value(options_.role_arn)}});
  auto root = std::make_unique<Frame>();
  root->id = 0;
  root->scope = std::make_shared<VariableScope>();
  Frame& frame = *root;
  frames_.push_back(std::move(root));
  Emit(frame, std::move(started));
  if (program_ == nullptr) {
    FinishExecution(ExecutionStatus::kFailed, {}, std::string(kStatesRuntime), compile_problem_);
    return;
  }
  frame.machine = program_.get();
  if (options_.max_payload_bytes > 0 && PayloadExceeds(input, options_.max_payload_bytes)) {
    FinishExecution(ExecutionStatus::kFailed, {}, std::string(kStatesDataLimitExceeded),
                    "The state/task 'execution input' returned a result with a size exceeding "
                    "the maximum number of bytes service limit.");
    return;
  }
  if (std::optional<int64_t> timeout = ExecutionTimeoutSeconds(*model_)) {
    ArmTimer(clock_.now_ms() + *timeout * 1000, kNoFrame, 0, TimerKind::kExecution);
  }
  EnterState(frame, program_->start, std::move(input));
}

const jsonata::Bindings& Interpreter::StepFunctionsFunctions() {
  if (!jsonata_functions_) {
    jsonata_functions_.emplace();
    BindStepFunctionsFunctions(*jsonata_functions_, random_);
  }
  return *jsonata_functions_;
}

int64_t Interpreter::Emit(Frame& frame, HistoryEvent&& event) {
  if (!history_.recording()) return CountEvent(frame, event.type);
  if (finished() || frame.silent) return 0;
  EventType type = event.type;
  event.timestamp_ms = clock_.now_ms();
  event.previous_event_id = frame.last_event_id;
  int64_t id = history_.Append(std::move(event));
  frame.last_event_id = id;
  if (history_.limit_reached()) CheckHistoryLimit(type);
  return id;
}

int64_t Interpreter::CountEvent(Frame& frame, EventType type) {
  if (finished() || frame.silent) return 0;
  int64_t id = history_.Count(type);
  frame.last_event_id = id;
  CheckHistoryLimit(type);
  return id;
}

void Interpreter::CheckHistoryLimit(EventType type) {
  if (!history_.limit_reached() || type == EventType::kExecutionSucceeded) return;
  report_.status = ExecutionStatus::kFailed;
  report_.error = std::string(kHistoryLimitError);
  report_.cause = std::string(kHistoryLimitCause);
  ready_.clear();
}

DataFlowRecord* Interpreter::Flow(Frame& frame) {
  if (frame.flow < 0) return nullptr;
  return &report_.data_flow[static_cast<size_t>(frame.flow)];
}

void Interpreter::EnterState(Frame& frame, uint32_t state, json::Value input) {
  if (finished()) return;
  ++report_.transitions;
  if (options_.max_transitions > 0 && report_.transitions > options_.max_transitions) {
    FinishExecution(ExecutionStatus::kFailed, {}, std::string(kStatesRuntime),
                    "The execution exceeded the limit of " +
                        std::to_string(options_.max_transitions) + " state transitions.");
    return;
  }
  const CompiledState& compiled = frame.machine->states[state];
  frame.state = state;
  frame.entry = ++entries_;
  frame.phase = 0;
  frame.entered_time_ms = clock_.now_ms();
  frame.retries.Reset(0);
  frame.entered_previous_event_id = frame.last_event_id;
  if (history_.recording()) {
    HistoryEvent entered;
    entered.type = compiled.entered_event;
    entered.name = compiled.name;
    entered.payload = input;
    frame.entered_event_id = Emit(frame, std::move(entered));
  } else {
    frame.entered_event_id = CountEvent(frame, compiled.entered_event);
  }
  if (options_.record_data_flow) {
    DataFlowRecord record;
    record.state_name = compiled.name;
    record.entered_event_id = frame.entered_event_id;
    record.input = input;
    if (compiled.jsonata && frame.scope) {
      json::Value visible = frame.scope->Visible();
      if (visible.is_object() && !visible.as_object().empty()) record.variables = visible;
    } else if (frame.scope && !frame.scope->own().is_null()) {
      record.variables = frame.scope->Visible();
    }
    frame.flow = static_cast<int64_t>(report_.data_flow.size());
    report_.data_flow.push_back(std::move(record));
  }
  frame.input = std::move(input);
  MakeReady(frame);
}

void Interpreter::MakeReady(Frame& frame) {
  if (finished()) return;
  frame.status = FrameStatus::kReady;
  ready_.push_back(frame.id);
}

void Interpreter::ExitState(Frame& frame, json::Value output, uint32_t next,
                            const json::Value& assigned) {
  if (finished()) return;
  const CompiledState& compiled = Current(frame);
  int64_t variable_bytes = 0;
  // Without a payload quota and without assigned variables, none of the checks can fail.
  if (options_.max_payload_bytes > 0 || assigned.is_object()) {
    // An output that is the state's own input (Choice, Wait, many Pass states) was measured
    // when it became that input.
    std::optional<StateError> error;
    if (!output.SameAs(frame.input)) error = CheckPayloadSize(frame, output);
    if (!error) error = CheckAssignedSize(*this, frame, assigned);
    if (!error) error = CheckStoredVariables(frame, assigned, &variable_bytes);
    if (error) {
      FailFrame(frame, std::move(*error));
      return;
    }
  }
  if (DataFlowRecord* flow = Flow(frame)) flow->output = output;
  if (compiled.exited_event && !history_.recording()) {
    CountEvent(frame, *compiled.exited_event);
  } else if (compiled.exited_event) {
    HistoryEvent exited;
    exited.type = *compiled.exited_event;
    exited.name = compiled.name;
    exited.payload = output;
    if (assigned.is_object()) {
      exited.details = json::Value(json::Members{{"assignedVariables", assigned}});
    }
    Emit(frame, std::move(exited));
  }
  if (assigned.is_object() && frame.scope) {
    frame.scope->AssignAll(assigned);
    frame.scope->set_stored_bytes(frame.scope->stored_bytes() + variable_bytes);
    variable_bytes_ += variable_bytes;
  }
  if (next == kNoState) {
    frame.output = std::move(output);
    FinishFrame(frame);
    return;
  }
  EnterState(frame, next, std::move(output));
}

std::optional<StateError> Interpreter::CheckStoredVariables(Frame& frame,
                                                            const json::Value& assigned,
                                                            int64_t* growth) {
  *growth = 0;
  if (options_.max_variable_bytes <= 0 || !assigned.is_object() || !frame.scope) {
    return std::nullopt;
  }
  const json::Value& own = frame.scope->own();
  for (const json::Member& m : assigned.as_object()) {
    *growth += payload_sizer_.Size(m.value);
    const json::Value* old = own.is_object() ? own.Find(m.key) : nullptr;
    if (old != nullptr) *growth -= payload_sizer_.Size(*old);
  }
  if (variable_bytes_ + *growth <= options_.max_variable_bytes) return std::nullopt;
  return StateError::Terminal(kStatesDataLimitExceeded,
                              "The variables assigned by the state '" +
                                  Current(frame).name.as_string() +
                                  "' bring the size of all stored variables of the execution "
                                  "over the maximum number of bytes service limit.");
}

void Interpreter::DropScopeVariables(Frame& frame) {
  if (frame.parent == kNoFrame || !frame.scope) return;
  variable_bytes_ -= frame.scope->stored_bytes();
  frame.scope->set_stored_bytes(0);
}

void Interpreter::FailFrame(Frame& frame, StateError error) {
  if (finished()) return;
  if (frame.parent != kNoFrame && Current(frame).model->type == model::StateType::kTask) {
    // Recorded histories show TaskStateAborted when a Task's failure ends a Parallel branch.
    HistoryEvent aborted;
    aborted.type = EventType::kTaskStateAborted;
    Emit(frame, std::move(aborted));
  }
  if (DataFlowRecord* flow = Flow(frame)) {
    json::Members e{{"Error", json::Value(error.error)}};
    if (error.cause) e.push_back({"Cause", json::Value(*error.cause)});
    flow->error = json::Value::FromUniqueMembers(std::move(e));
  }
  frame.error = std::move(error);
  FinishFrame(frame);
}

void Interpreter::FinishFrame(Frame& frame) {
  frame.status = FrameStatus::kDone;
  DropScopeVariables(frame);
  if (frame.parent == kNoFrame) {
    if (frame.error) {
      // A Fail state without Error reports no error (the service omits the field).
      std::optional<std::string> error;
      if (!frame.error->error.empty()) error = frame.error->error;
      FinishExecution(ExecutionStatus::kFailed, {}, std::move(error), frame.error->cause);
    } else {
      FinishExecution(ExecutionStatus::kSucceeded, frame.output, std::nullopt, std::nullopt);
    }
    return;
  }
  Frame* parent = FindFrame(frame.parent);
  if (parent == nullptr) return;
  Current(*parent).handler->OnChildDone(*this, *parent, frame);
}

void Interpreter::FinishExecution(ExecutionStatus status, json::Value output,
                                  std::optional<std::string> error,
                                  std::optional<std::string> cause) {
  if (finished()) return;
  HistoryEvent end;
  switch (status) {
    case ExecutionStatus::kSucceeded:
      end.type = EventType::kExecutionSucceeded;
      end.payload = output;
      break;
    case ExecutionStatus::kTimedOut:
      end.type = EventType::kExecutionTimedOut;
      break;
    case ExecutionStatus::kAborted:
      end.type = EventType::kExecutionAborted;
      break;
    default:
      end.type = EventType::kExecutionFailed;
      break;
  }
  json::Members details;
  if (error) details.push_back({"error", json::Value(*error)});
  if (cause) details.push_back({"cause", json::Value(*cause)});
  if (!details.empty()) end.details = json::Value::FromUniqueMembers(std::move(details));
  Frame& root = *frames_[0];
  Emit(root, std::move(end));
  if (finished()) return;  // The history quota ended the execution instead.
  report_.status = status;
  report_.output = std::move(output);
  report_.error = std::move(error);
  report_.cause = std::move(cause);
  ready_.clear();
  pending_.Clear();
}

void Interpreter::Stop(std::optional<std::string> error, std::optional<std::string> cause) {
  FinishExecution(ExecutionStatus::kAborted, {}, std::move(error), std::move(cause));
}

Frame& Interpreter::SpawnChild(Frame& parent, const CompiledMachine& machine, json::Value input,
                               uint32_t child_index, bool silent) {
  auto child = std::make_unique<Frame>();
  child->id = static_cast<uint32_t>(frames_.size());
  child->parent = parent.id;
  child->child_index = child_index;
  child->machine = &machine;
  child->last_event_id = parent.last_event_id;
  child->scope = std::make_shared<VariableScope>(parent.scope);
  child->silent = silent || parent.silent;
  Frame& frame = *child;
  frames_.push_back(std::move(child));
  EnterState(frame, machine.start, std::move(input));
  return frame;
}

void Interpreter::ReleaseFrame(uint32_t frame_id) {
  if (frame_id == 0 || frame_id >= frames_.size() || !frames_[frame_id]) return;
  Frame& frame = *frames_[frame_id];
  if (frame.released) return;
  frame.released = true;
  if (!frame.task_token.empty()) ForgetTask(frame.task_token);
  DropScopeVariables(frame);
  frame.status = FrameStatus::kDone;
  released_.push_back(frame_id);
}

void Interpreter::AbortFrame(uint32_t frame_id) {
  if (FindFrame(frame_id) == nullptr) return;
  // Children always have larger ids than their parents.
  std::vector<bool> doomed(frames_.size() - frame_id, false);
  doomed[0] = true;
  for (size_t id = frame_id + 1; id < frames_.size(); ++id) {
    const Frame* f = frames_[id].get();
    if (f != nullptr && f->parent >= frame_id && f->parent != kNoFrame &&
        doomed[f->parent - frame_id]) {
      doomed[id - frame_id] = true;
    }
  }
  for (size_t i = doomed.size(); i-- > 0;) {
    if (doomed[i]) ReleaseFrame(static_cast<uint32_t>(frame_id + i));
  }
}

Frame* Interpreter::FindFrame(uint32_t frame_id) {
  if (frame_id >= frames_.size()) return nullptr;
  return frames_[frame_id].get();
}

bool Interpreter::Step() {
  for (uint32_t id : released_) frames_[id].reset();
  released_.clear();
  if (finished()) return false;
  if (ready_.empty() && !FireDueTimer()) return false;
  if (finished()) return true;
  while (!ready_.empty()) {
    uint32_t id = ready_.front();
    ready_.pop_front();
    Frame* frame = FindFrame(id);
    if (frame == nullptr || frame->status != FrameStatus::kReady) continue;
    Current(*frame).handler->Run(*this, *frame);
    return true;
  }
  return true;
}

StateError Interpreter::RuntimeError(const Frame& frame, std::string_view detail) const {
  std::string cause = "An error occurred while executing the state '";
  cause += Current(frame).name.as_string();
  cause += "' (entered at the event id #";
  cause += std::to_string(frame.entered_event_id);
  cause += "). ";
  cause += detail;
  return StateError::Terminal(kStatesRuntime, std::move(cause));
}

std::optional<StateError> Interpreter::CheckPayloadSize(const Frame& frame,
                                                        const json::Value& value) {
  if (options_.max_payload_bytes <= 0 ||
      !payload_sizer_.Exceeds(value, options_.max_payload_bytes)) {
    return std::nullopt;
  }
  return StateError::Terminal(kStatesDataLimitExceeded,
                              "The state/task '" + Current(frame).name.as_string() +
                                  "' returned a result with a size exceeding the maximum number "
                                  "of bytes service limit.");
}

ExecutionReport Interpreter::TakeReport() {
  report_.history = history_.TakeEvents();
  return std::move(report_);
}

const ExecutionReport& Interpreter::report() {
  report_.history = history_.events();
  return report_;
}

}  // namespace asl::engine
