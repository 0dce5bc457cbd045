// Builds Retry and Catch lists (part of BuildStateMachine).
#ifndef ASL_CORE_MODEL_BUILD_ERROR_HANDLERS_H_
#define ASL_CORE_MODEL_BUILD_ERROR_HANDLERS_H_

#include <string_view>
#include <vector>

#include "core/json/value.h"
#include "core/model/error_handlers.h"
#include "core/model/pointer_arena.h"

namespace asl::model {

// `state` is the state's object, `state_pointer` its pointer. Entries that are not objects
// are skipped.
// `list` is the state's "Retry" / "Catch" member (nullptr when absent); non-object entries
// are skipped.
std::vector<Retrier> BuildRetriers(const json::Value* list, std::string_view state_pointer,
                                   PointerArena& pointers);
std::vector<Catcher> BuildCatchers(const json::Value* list, std::string_view state_pointer,
                                   PointerArena& pointers);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_BUILD_ERROR_HANDLERS_H_
