// Builds Choice Rules (part of BuildStateMachine).
#ifndef ASL_CORE_MODEL_BUILD_CHOICE_H_
#define ASL_CORE_MODEL_BUILD_CHOICE_H_

#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/model/choice_rule.h"
#include "core/model/pointer_arena.h"

namespace asl::model {

// Rules nested deeper than this (And/Or/Not) are built as kInvalid.
inline constexpr int kMaxChoiceRuleDepth = 100;

// `rule` is the rule's JSON object at `pointer`; `top_level` rules read Next/Assign/Output.
ChoiceRule BuildChoiceRule(const json::Value& rule, std::string_view pointer, bool top_level,
                           PointerArena& pointers, int depth = 0);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_BUILD_CHOICE_H_
