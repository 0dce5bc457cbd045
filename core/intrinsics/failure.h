// A runtime failure of an intrinsic call or a payload template, as an ASL error name and a
// cause. The cause is the part AWS writes after "An error occurred while executing the state
// 'X' (entered at the event id #N). "; the engine adds that prefix.
#ifndef ASL_CORE_INTRINSICS_FAILURE_H_
#define ASL_CORE_INTRINSICS_FAILURE_H_

#include <string>
#include <variant>

#include "core/json/value.h"

namespace asl::intrinsics {

inline constexpr char kIntrinsicFailure[] = "States.IntrinsicFailure";
inline constexpr char kRuntime[] = "States.Runtime";

struct Failure {
  std::string error;  // kIntrinsicFailure or kRuntime.
  std::string cause;
};

// The value a call or template produced, or why it failed.
using Result = std::variant<json::Value, Failure>;

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_FAILURE_H_
