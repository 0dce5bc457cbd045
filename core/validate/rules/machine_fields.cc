// The fields of the definition and of nested machines (ASL "Top-level fields"; Parallel
// branches and Map processors hold StartAt, States and Comment, processors ProcessorConfig).
#include <array>
#include <string_view>

#include "core/json/pointer.h"
#include "core/model/build.h"
#include "core/validate/codes.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr std::array<std::string_view, 6> kRootFields = {"Comment", "QueryLanguage",  "StartAt",
                                                         "States",  "TimeoutSeconds", "Version"};
constexpr std::array<std::string_view, 4> kBranchFields = {"Comment", "QueryLanguage", "StartAt",
                                                           "States"};
constexpr std::array<std::string_view, 5> kProcessorFields = {"Comment", "ProcessorConfig",
                                                              "QueryLanguage", "StartAt", "States"};

bool IsProcessor(const model::StateMachine& m) {
  std::string_view p = m.pointer;
  return p.ends_with("/ItemProcessor") || p.ends_with("/Iterator");
}

void CheckMachine(const model::StateMachine& m, bool is_root, Report& report) {
  const json::Value& raw = m.raw;
  LazyPointer pointer(m.pointer);
  Owner owner = is_root          ? Owner("the state machine")
                : IsProcessor(m) ? Owner("the Map processor at ", pointer)
                                 : Owner("the Parallel branch at ", pointer);
  if (!raw.is_object()) {
    report.Add(code::kInvalidFieldType, m.pointer,
               owner.Text() + " must be an object with \"StartAt\" and \"States\".");
    return;
  }
  std::span<const std::string_view> known = kBranchFields;
  if (is_root) known = kRootFields;
  if (IsProcessor(m)) known = kProcessorFields;
  CheckKnownFields(raw, m.pointer, known, owner, report);
  CheckRequiredFields(raw, m.pointer, {"StartAt", "States"}, owner, report);
  auto at = [&](std::string_view key) { return LazyPointer(m.pointer, key); };
  // The fields below, found in one scan of the members (checked in this order).
  static constexpr std::array<std::string_view, 6> kChecked = {
      "StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage"};
  const std::array<const json::Value*, 6> found = FindMembers(raw, kChecked);
  static constexpr std::array<uint32_t, 4> kKinds = {kString, kObject, kString, kString};
  for (size_t i = 0; i < kKinds.size(); ++i) {
    if (found[i] != nullptr) {
      CheckKinds(*found[i], at(kChecked[i]), kChecked[i], kKinds[i], false, owner, report);
    }
  }
  if (const json::Value* v = found[4]) {
    if (CheckKinds(*v, at("TimeoutSeconds"), "TimeoutSeconds", kInteger, false, owner, report)) {
      CheckRange(*v, at("TimeoutSeconds"), "TimeoutSeconds", 1, 99999999, owner, report);
    }
  }
  if (const json::Value* v = found[5]) {
    CheckEnum(*v, at("QueryLanguage"), "QueryLanguage", {"JSONPath", "JSONata"}, owner, report);
  }
}

}  // namespace

void CheckMachineFields(const RuleContext& context, Report& report) {
  ForEachMachine(context.machine, [&](const model::StateMachine& m, bool is_root) {
    CheckMachine(m, is_root, report);
    if (!m.complete && is_root) {
      report.Add(code::kTooDeeplyNested, "",
                 "Parallel and Map states nest more than " + std::to_string(model::kMaxNesting) +
                     " levels deep; flatten the state machine.");
    }
  });
}

}  // namespace asl::validate
