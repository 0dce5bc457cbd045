#include "core/engine/execution.h"

#include <utility>

#include "core/engine/interpreter.h"

namespace asl::engine {

Execution::Execution(std::unique_ptr<Interpreter> interpreter)
    : interpreter_(std::move(interpreter)) {}
Execution::Execution(Execution&&) noexcept = default;
Execution& Execution::operator=(Execution&&) noexcept = default;
Execution::~Execution() = default;

Execution Execution::Start(std::shared_ptr<const model::StateMachine> machine, json::Value input,
                           ExecuteOptions options) {
  auto interpreter = std::make_unique<Interpreter>(std::move(machine), std::move(options));
  interpreter->Start(std::move(input));
  return Execution(std::move(interpreter));
}

bool Execution::Step() { return interpreter_->Step(); }

Execution::RunState Execution::RunUntilBlocked() {
  while (interpreter_->Step()) {
  }
  return interpreter_->finished() ? RunState::kFinished : RunState::kWaitingForHost;
}

std::span<const mocks::TaskRequest> Execution::pending_tasks() const {
  return interpreter_->pending_tasks();
}

bool Execution::CompleteTask(std::string_view token, json::Value result) {
  return interpreter_->AnswerTask(token, mocks::TaskOutcome::Success(std::move(result)));
}

bool Execution::FailTask(std::string_view token, std::string error, std::string cause) {
  return interpreter_->AnswerTask(token,
                                  mocks::TaskOutcome::Failure(std::move(error), std::move(cause)));
}

bool Execution::SendTaskHeartbeat(std::string_view token) {
  return interpreter_->SendTaskHeartbeat(token);
}

Execution::RunState Execution::AdvanceClockTo(int64_t epoch_ms) {
  interpreter_->AdvanceClockTo(epoch_ms);
  return interpreter_->finished() ? RunState::kFinished : RunState::kWaitingForHost;
}

std::optional<int64_t> Execution::NextDeadline() { return interpreter_->NextDeadline(); }

int64_t Execution::now_ms() const { return interpreter_->now_ms(); }

void Execution::Stop(std::optional<std::string> error, std::optional<std::string> cause) {
  interpreter_->Stop(std::move(error), std::move(cause));
}

ExecutionStatus Execution::status() const { return interpreter_->report_status(); }

const EventList& Execution::events() const { return interpreter_->events(); }

const ExecutionReport& Execution::report() { return interpreter_->report(); }

ExecutionReport Execution::TakeReport() { return interpreter_->TakeReport(); }

ExecutionReport RunToCompletion(std::shared_ptr<const model::StateMachine> machine,
                                json::Value input, ExecuteOptions options) {
  options.host_answers_tasks = false;
  Execution execution = Execution::Start(std::move(machine), std::move(input), std::move(options));
  execution.RunUntilBlocked();
  return execution.TakeReport();
}

}  // namespace asl::engine
