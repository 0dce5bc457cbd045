// What every rule family receives, and the traversal of nested state machines.
#ifndef ASL_CORE_VALIDATE_RULES_RULE_CONTEXT_H_
#define ASL_CORE_VALIDATE_RULES_RULE_CONTEXT_H_

#include <functional>
#include <string>

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
// first. `is_root` is true for the definition itself.
void ForEachMachine(const model::StateMachine& machine,
                    const std::function<void(const model::StateMachine&, bool is_root)>& visit);
// Visits every state of every machine.
void ForEachState(const model::StateMachine& machine,
                  const std::function<void(const model::State&)>& visit);

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
