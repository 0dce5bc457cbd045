// Wait (ASL "Wait State"): waits Seconds / SecondsPath, or until Timestamp / TimestampPath, on
// the virtual clock; then InputPath -> OutputPath. Causes are worded as the service words them.
#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/state_handlers.h"
#include "core/timestamp/timestamp.h"
#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

constexpr uint8_t kWaited = 1;
// Waits longer than this (~3,170 years) are cut short: the clock cannot pass year 9999 anyway.
constexpr int64_t kMaxWaitSeconds = 100'000'000'000;

std::string Shown(const json::Value& v) {
  return v.is_string() ? v.as_string() : json::Serialize(v);
}

class Wait final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) return in.FailFrame(frame, std::move(*e));
    const json::Value& input = std::get<json::Value>(effective);
    if (frame.phase == kWaited) {
      ValueOrError assigned = EvaluateAssign(in, frame, in.Current(frame).assign, input);
      if (auto* e = std::get_if<StateError>(&assigned)) return in.FailFrame(frame, std::move(*e));
      ValueOrError output = ApplyOutputPath(in, frame, input);
      if (auto* e = std::get_if<StateError>(&output)) return in.FailFrame(frame, std::move(*e));
      in.ExitState(frame, std::get<json::Value>(std::move(output)), in.Current(frame).next,
                   std::get<json::Value>(assigned));
      return;
    }
    std::string problem;
    std::optional<int64_t> deadline = Deadline(in, frame, input, &problem);
    if (!deadline) return in.FailFrame(frame, in.RuntimeError(frame, problem));
    in.WaitUntil(frame, *deadline, kWaited);
  }

 private:
  static std::optional<int64_t> Deadline(Interpreter& in, Frame& frame, const json::Value& input,
                                         std::string* problem) {
    const auto& wait = *in.Current(frame).model->As<model::WaitState>();
    int64_t now = in.clock().now_ms();
    if (wait.seconds) {
      if (!wait.seconds->is_int() || wait.seconds->as_int() < 0) {
        *problem = "The Seconds field must be a non-negative integer: " + Shown(*wait.seconds);
        return std::nullopt;
      }
      return now + std::min(wait.seconds->as_int(), kMaxWaitSeconds) * 1000;
    }
    if (wait.timestamp) {
      std::optional<int64_t> at;
      if (wait.timestamp->is_string()) at = timestamp::ParseTimestamp(wait.timestamp->as_string());
      if (!at) {
        *problem =
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time "
            "format string: " +
            Shown(*wait.timestamp);
      }
      return at;
    }
    const std::optional<std::string>& path_text =
        wait.seconds_path ? wait.seconds_path : wait.timestamp_path;
    const char* field = wait.seconds_path ? "SecondsPath" : "TimestampPath";
    if (!path_text) {
      *problem = "The Wait state has none of Seconds, SecondsPath, Timestamp, TimestampPath.";
      return std::nullopt;
    }
    auto parsed = path::Path::Parse(*path_text);
    if (auto* p = std::get_if<path::PathProblem>(&parsed)) {
      *problem = std::string("The ") + field + " field is not a valid path: " + p->message;
      return std::nullopt;
    }
    std::optional<json::Value> value =
        std::get<path::Path>(parsed).Evaluate(in.Environment(frame, input));
    if (!value) {
      *problem = std::string("The ") + field +
                 " parameter does not reference an input value: " + *path_text;
      return std::nullopt;
    }
    std::string shown = *path_text + " == " + Shown(*value);
    if (wait.seconds_path) {
      if (!value->is_int()) {
        *problem = "The SecondsPath parameter cannot be parsed as a long value: " + shown;
        return std::nullopt;
      }
      if (value->as_int() < 0) {
        *problem = "The SecondsPath parameter references a negative value: " + shown;
        return std::nullopt;
      }
      return now + std::min(value->as_int(), kMaxWaitSeconds) * 1000;
    }
    std::optional<int64_t> at;
    if (value->is_string()) at = timestamp::ParseTimestamp(value->as_string());
    if (!at) {
      *problem =
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset "
          "date-time format string: " +
          shown;
    }
    return at;
  }
};

}  // namespace

const StateHandler& WaitHandler() {
  static const Wait handler;
  return handler;
}

}  // namespace asl::engine
