// What every rule family receives, and the traversal of nested state machines.
#ifndef ASL_CORE_VALIDATE_RULES_RULE_CONTEXT_H_
#define ASL_CORE_VALIDATE_RULES_RULE_CONTEXT_H_

#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/model/state_machine.h"
#include "core/validate/report.h"
#include "core/validate/validator.h"

namespace asl::validate {

struct RuleContext {
  const json::Value& definition;  // The parsed definition (an object).
  const model::StateMachine& machine;
  const ValidateOptions& options;
};

// Visits `machine` and every nested machine (Parallel branches, Map processors), parents
// first, calling visit(const model::StateMachine&, bool is_root); `is_root` is true for the
// definition itself. Depth is bounded by model::kMaxNesting: the builder stops nesting there.
template <typename Visit>
void ForEachMachine(const model::StateMachine& machine, Visit&& visit, bool is_root = true) {
  visit(machine, is_root);
  for (const model::State& state : machine.states) {
    if (const auto* parallel = state.As<model::ParallelState>()) {
      for (const model::StateMachine& branch : parallel->branches) {
        ForEachMachine(branch, visit, false);
      }
    } else if (const auto* map = state.As<model::MapState>()) {
      if (map->item_processor) ForEachMachine(*map->item_processor, visit, false);
    }
  }
}

// Visits every state of every machine: visit(const model::State&).
template <typename Visit>
void ForEachState(const model::StateMachine& machine, Visit&& visit) {
  ForEachMachine(machine, [&](const model::StateMachine& m, bool) {
    for (const model::State& state : m.states) visit(state);
  });
}

// "Pass state 'Name'": how messages name a state.
std::string Describe(const model::State& state);
// "'Name'" quoted for messages.
std::string Quote(std::string_view text);

// One function per rule family (one file each under rules/).
void CheckMachineFields(const RuleContext& context, Report& report);  // machine_fields.cc
void CheckStateFields(const RuleContext& context, Report& report);    // state_fields.cc
void CheckStructure(const RuleContext& context, Report& report);      // structure.cc
void CheckNames(const RuleContext& context, Report& report);          // names.cc
void CheckTransitions(const RuleContext& context, Report& report);    // transitions.cc
void CheckChoices(const RuleContext& context, Report& report);        // choice.cc
void CheckRetryCatch(const RuleContext& context, Report& report);     // retry_catch.cc
void CheckMaps(const RuleContext& context, Report& report);           // map.cc
void CheckTasks(const RuleContext& context, Report& report);          // task.cc
void CheckPaths(const RuleContext& context, Report& report);          // paths.cc
void CheckJsonata(const RuleContext& context, Report& report);        // jsonata.cc

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_RULES_RULE_CONTEXT_H_
