// An ASL runtime error as it flows through Retry and Catch, and the names the service uses.
#ifndef ASL_CORE_ENGINE_STATE_ERROR_H_
#define ASL_CORE_ENGINE_STATE_ERROR_H_

#include <optional>
#include <string>
#include <string_view>

namespace asl::engine {

// Error names of the ASL spec and the service
// (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
inline constexpr std::string_view kStatesAll = "States.ALL";
inline constexpr std::string_view kStatesTaskFailed = "States.TaskFailed";
inline constexpr std::string_view kStatesTimeout = "States.Timeout";
inline constexpr std::string_view kStatesHeartbeatTimeout = "States.HeartbeatTimeout";
inline constexpr std::string_view kStatesRuntime = "States.Runtime";
inline constexpr std::string_view kStatesDataLimitExceeded = "States.DataLimitExceeded";
inline constexpr std::string_view kStatesBranchFailed = "States.BranchFailed";
inline constexpr std::string_view kStatesNoChoiceMatched = "States.NoChoiceMatched";
inline constexpr std::string_view kStatesParameterPathFailure = "States.ParameterPathFailure";
inline constexpr std::string_view kStatesResultPathMatchFailure = "States.ResultPathMatchFailure";
inline constexpr std::string_view kStatesIntrinsicFailure = "States.IntrinsicFailure";
inline constexpr std::string_view kStatesExceedToleratedFailureThreshold =
    "States.ExceedToleratedFailureThreshold";
inline constexpr std::string_view kStatesQueryEvaluationError = "States.QueryEvaluationError";

struct StateError {
  std::string error;
  std::optional<std::string> cause;
  // A terminal error ends the execution without consulting Retry or Catch: the service's
  // States.Runtime ("not retriable, will always cause the execution to fail") and a state
  // output over the payload quota (States.DataLimitExceeded).
  bool terminal = false;
  // A HeartbeatSeconds timeout. The service records it as States.Timeout (TaskTimedOut's
  // error and the execution's), yet a Retrier or Catcher naming States.HeartbeatTimeout
  // handles it ("HeartbeatTimeout is only available inside the Catch and Retry fields").
  bool heartbeat_timeout = false;

  static StateError Terminal(std::string_view error, std::string cause) {
    return {std::string(error), std::move(cause), true};
  }
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATE_ERROR_H_
