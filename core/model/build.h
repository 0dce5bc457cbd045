// Builds the typed model from a parsed definition.
#ifndef ASL_CORE_MODEL_BUILD_H_
#define ASL_CORE_MODEL_BUILD_H_

#include "core/json/value.h"
#include "core/model/state_machine.h"

namespace asl::model {

// Nested machines (Parallel branches, Map processors) deeper than this are not built; the
// enclosing machine is marked `complete = false`.
inline constexpr int kMaxNesting = 64;

// Never fails: takes every field it recognises with the expected JSON type and skips the
// rest (the validator reports those). `definition` is usually an object; anything else
// yields an empty machine.
StateMachine BuildStateMachine(const json::Value& definition);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_BUILD_H_
