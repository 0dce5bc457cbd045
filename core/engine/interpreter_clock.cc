// The interpreter's timers and the tasks out with the host, on the virtual clock.
//
// A timer wakes a frame (Wait, retry back-off), times out a host task (TimeoutSeconds from the
// submission, HeartbeatSeconds from the submission or the last SendTaskHeartbeat) or times out
// the execution (the machine's TimeoutSeconds). Timers fire in (deadline, arming) order. The
// clock jumps to a deadline only when nothing is ready and no task is out with the host, or up
// to the instant the host gives to AdvanceClockTo.
#include <limits>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/states/state_handler.h"

namespace asl::engine {
namespace {

constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

int64_t SaturatingAdd(int64_t now, int64_t delay) {
  if (delay <= 0) return now;
  return delay > kNever - now ? kNever : now + delay;
}

int64_t SecondsToMs(int64_t seconds) { return seconds > kNever / 1000 ? kNever : seconds * 1000; }

}  // namespace

uint64_t Interpreter::ArmTimer(int64_t deadline_ms, uint32_t frame_id, uint64_t generation,
                               TimerKind kind) {
  uint64_t sequence = timer_sequence_++;
  timers_.push({deadline_ms, sequence, frame_id, generation, kind});
  return sequence;
}

void Interpreter::WaitUntil(Frame& frame, int64_t deadline_ms, uint8_t phase) {
  frame.status = FrameStatus::kWaitingTimer;
  frame.phase = phase;
  ArmTimer(deadline_ms, frame.id, ++frame.wake_generation, TimerKind::kWake);
}

void Interpreter::SubmitTask(Frame& frame, mocks::TaskRequest&& request) {
  if (finished()) return;
  if (frame.task_token.empty()) NewTaskToken(frame);
  frame.status = FrameStatus::kWaitingTask;
  std::string why_not;
  request.task_token = pending_.TokenBuffer();
  request.task_token.assign(frame.task_token);
  if (options_.invoker != nullptr) {
    // An invoker answers at the instant of the submission: no timeout can fire. The frame
    // keeps its token (and the token's buffer, for the next one) only while the task is out.
    if (std::optional<mocks::TaskOutcome> outcome = options_.invoker->Invoke(request, &why_not)) {
      frame.task_token.clear();
      Current(frame).handler->OnTaskOutcome(*this, frame, *outcome);
      return;
    }
  }
  if (!options_.host_answers_tasks) {
    if (why_not.empty()) {
      why_not = "No mock or task handler answers the Task state '" +
                request.state_name.as_string() + "'.";
    }
    FinishExecution(ExecutionStatus::kFailed, {}, std::string(kStatesRuntime), why_not);
    return;
  }
  uint64_t generation = ++frame.wake_generation;
  frame.heartbeat_ms = 0;
  frame.heartbeat_timer = 0;
  if (request.timeout_seconds && *request.timeout_seconds > 0) {
    ArmTimer(SaturatingAdd(clock_.now_ms(), SecondsToMs(*request.timeout_seconds)), frame.id,
             generation, TimerKind::kTaskTimeout);
  }
  if (request.heartbeat_seconds && *request.heartbeat_seconds > 0) {
    frame.heartbeat_ms = SecondsToMs(*request.heartbeat_seconds);
    frame.heartbeat_timer = ArmTimer(SaturatingAdd(clock_.now_ms(), frame.heartbeat_ms), frame.id,
                                     generation, TimerKind::kHeartbeat);
  }
  pending_.Add(std::move(request), frame.id);
}

void Interpreter::ForgetTask(std::string_view token) { pending_.Remove(token); }

bool Interpreter::AnswerTask(std::string_view token, const mocks::TaskOutcome& outcome) {
  if (finished()) return false;
  std::optional<uint32_t> frame_id = pending_.Remove(token);
  if (!frame_id) return false;
  Frame* frame = FindFrame(*frame_id);
  if (frame == nullptr || frame->status != FrameStatus::kWaitingTask) return false;
  frame->task_token.clear();
  Current(*frame).handler->OnTaskOutcome(*this, *frame, outcome);
  return true;
}

bool Interpreter::SendTaskHeartbeat(std::string_view token) {
  if (finished()) return false;
  std::optional<uint32_t> frame_id = pending_.FrameOf(token);
  if (!frame_id) return false;
  Frame* frame = FindFrame(*frame_id);
  if (frame == nullptr || frame->status != FrameStatus::kWaitingTask) return false;
  if (frame->heartbeat_ms > 0) {
    frame->heartbeat_timer = ArmTimer(SaturatingAdd(clock_.now_ms(), frame->heartbeat_ms),
                                      frame->id, frame->wake_generation, TimerKind::kHeartbeat);
  }
  return true;
}

void Interpreter::TimeOutTask(Frame& frame, bool heartbeat) {
  std::string token = std::move(frame.task_token);
  frame.task_token.clear();
  ForgetTask(token);
  Current(frame).handler->OnTaskTimedOut(*this, frame, heartbeat);
}

bool Interpreter::TimerLive(const Timer& timer) {
  if (finished()) return false;
  if (timer.kind == TimerKind::kExecution) return true;
  const Frame* frame = FindFrame(timer.frame_id);
  if (frame == nullptr || frame->wake_generation != timer.generation) return false;
  switch (timer.kind) {
    case TimerKind::kWake:
      return frame->status == FrameStatus::kWaitingTimer;
    case TimerKind::kTaskTimeout:
      return frame->status == FrameStatus::kWaitingTask && !frame->task_token.empty();
    case TimerKind::kHeartbeat:
      return frame->status == FrameStatus::kWaitingTask && !frame->task_token.empty() &&
             frame->heartbeat_timer == timer.sequence;
    case TimerKind::kExecution:
      break;
  }
  return true;
}

bool Interpreter::FireDueTimer() {
  // How far the clock may jump: a task out with the host takes no virtual time unless the
  // host said (AdvanceClockTo) it gives no answer before some instant.
  int64_t horizon = advance_limit_ ? *advance_limit_ : pending_.empty() ? kNever : clock_.now_ms();
  while (!timers_.empty()) {
    Timer timer = timers_.top();
    if (!TimerLive(timer)) {
      timers_.pop();  // A timer of an abandoned frame, an earlier wait, or an answered task.
      continue;
    }
    if (timer.deadline_ms > clock_.now_ms() && timer.deadline_ms > horizon) return false;
    timers_.pop();
    clock_.AdvanceTo(timer.deadline_ms);
    if (timer.kind == TimerKind::kExecution) {
      FinishExecution(ExecutionStatus::kTimedOut, {}, std::string(kStatesTimeout),
                      "The execution timed out.");
      return true;
    }
    Frame& frame = *FindFrame(timer.frame_id);
    if (timer.kind == TimerKind::kWake) {
      MakeReady(frame);
    } else {
      TimeOutTask(frame, timer.kind == TimerKind::kHeartbeat);
    }
    return true;
  }
  return false;
}

void Interpreter::AdvanceClockTo(int64_t epoch_ms) {
  if (finished()) return;
  advance_limit_ = epoch_ms;
  while (Step()) {
  }
  advance_limit_.reset();
  if (!finished()) clock_.AdvanceTo(epoch_ms);
}

std::optional<int64_t> Interpreter::NextDeadline() {
  while (!timers_.empty() && !TimerLive(timers_.top())) timers_.pop();
  if (timers_.empty()) return std::nullopt;
  return timers_.top().deadline_ms;
}

}  // namespace asl::engine
