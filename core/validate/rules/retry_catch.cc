// Retry and Catch (ASL "Error Handling"; MaxDelaySeconds and JitterStrategy from the
// Step Functions developer guide): ErrorEquals is a non-empty list of strings, States.ALL
// appears alone and in the last entry, retry parameters lie in range, Catch has Next.
#include <algorithm>
#include <array>
#include <string>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr std::array<std::string_view, 7> kRetrierFields = {
    "BackoffRate",    "Comment",     "ErrorEquals",    "IntervalSeconds",
    "JitterStrategy", "MaxAttempts", "MaxDelaySeconds"};
constexpr std::array<std::string_view, 5> kJsonPathCatcherFields = {
    "Assign", "Comment", "ErrorEquals", "Next", "ResultPath"};
constexpr std::array<std::string_view, 5> kJsonataCatcherFields = {"Assign", "Comment",
                                                                   "ErrorEquals", "Next", "Output"};
constexpr int64_t kMaxSeconds = 99999999;
constexpr int64_t kMaxDelaySeconds = 31622400;  // One year, the documented upper bound.

// Checks ErrorEquals of one entry; `last` tells whether the entry is the last of its list.
void CheckErrorEquals(const json::Value& entry, const LazyPointer& pointer, bool last,
                      std::string_view list_name, const Owner& owner, Report& report) {
  const json::Value* errors = entry.Find("ErrorEquals");
  if (errors == nullptr) return;  // Reported as a missing required field.
  LazyPointer at(pointer, "ErrorEquals");
  if (!CheckKinds(*errors, at, "ErrorEquals", kArray, false, owner, report)) return;
  if (errors->size() == 0) {
    report.Add(code::kEmptyErrorEquals, at.Build(),
               "'ErrorEquals' of " + owner.Text() +
                   " is empty; list at least one error name such as "
                   "\"States.ALL\".");
    return;
  }
  for (size_t i = 0; i < errors->size(); ++i) {
    const json::Value& name = *errors->At(i);
    LazyPointer item(at, i);
    if (!CheckKinds(name, item, "ErrorEquals", kString, false, owner, report)) continue;
    if (name.as_string() != "States.ALL") continue;
    if (errors->size() > 1) {
      report.Add(code::kStatesAllNotLast, item.Build(),
                 "\"States.ALL\" in " + owner.Text() +
                     " must appear alone in 'ErrorEquals'; move the other error names to an "
                     "earlier entry.");
    } else if (!last) {
      report.Add(code::kStatesAllNotLast, item.Build(),
                 "\"States.ALL\" in " + owner.Text() + " must be in the last " +
                     std::string(list_name) + " entry; move this entry to the end.");
    }
  }
}

void CheckRetrier(const model::State& s, const json::Value& entry, const LazyPointer& pointer,
                  size_t index, bool last, Report& report) {
  Owner owner("Retry", index, s);  // "Retry #2 of Task state 'Call'".
  CheckKnownFields(entry, pointer, kRetrierFields, owner, report);
  CheckRequiredFields(entry, pointer, {"ErrorEquals"}, owner, report);
  CheckErrorEquals(entry, pointer, last, "Retry", owner, report);
  static constexpr std::array<std::string_view, 6> kChecked = {"IntervalSeconds", "MaxAttempts",
                                                               "BackoffRate",     "MaxDelaySeconds",
                                                               "JitterStrategy",  "Comment"};
  const std::array<const json::Value*, 6> found = FindMembers(entry, kChecked);
  auto field = [&](size_t i, uint32_t kinds, double min, double max) {
    const json::Value* v = found[i];
    std::string_view name = kChecked[i];
    if (v == nullptr) return;
    LazyPointer at(pointer, name);
    if (CheckKinds(*v, at, name, kinds, false, owner, report)) {
      CheckRange(*v, at, name, min, max, owner, report);
    }
  };
  field(0, kInteger, 1, kMaxSeconds);
  field(1, kInteger, 0, kMaxSeconds);
  field(2, kNumber, 1.0, kMaxSeconds);
  field(3, kInteger, 1, kMaxDelaySeconds);
  if (const json::Value* v = found[4]) {
    CheckEnum(*v, LazyPointer(pointer, "JitterStrategy"), "JitterStrategy", {"FULL", "NONE"}, owner,
              report);
  }
  if (const json::Value* v = found[5]) {
    CheckKinds(*v, LazyPointer(pointer, "Comment"), "Comment", kString, false, owner, report);
  }
}

void CheckCatcher(const model::State& s, const json::Value& entry, const LazyPointer& pointer,
                  size_t index, bool last, Report& report) {
  bool jsonata = s.query_language == model::QueryLanguage::kJsonata;
  Owner owner("Catch", index, s);
  for (const json::Member& m : entry.as_object()) {
    bool wrong_language = jsonata ? m.key == "ResultPath" : m.key == "Output";
    if (!wrong_language) continue;
    report.Add(
        code::kQueryLanguageMismatch, LazyPointer(pointer, m.key).Build(),
        Quote(m.key) + " in " + owner.Text() + " belongs to " +
            (jsonata ? "JSONPath; use 'Output' instead" : "JSONata; use 'ResultPath' instead") +
            " since " + Describe(s) + " uses " +
            std::string(model::QueryLanguageName(s.query_language)) + ".");
  }
  std::span<const std::string_view> known =
      jsonata ? std::span<const std::string_view>(kJsonataCatcherFields)
              : std::span<const std::string_view>(kJsonPathCatcherFields);
  std::array<std::string_view, 6> all;  // Known fields plus the other language's, reported above.
  std::copy(known.begin(), known.end(), all.begin());
  all[known.size()] = jsonata ? "ResultPath" : "Output";
  CheckKnownFields(entry, pointer, all, owner, report);
  CheckRequiredFields(entry, pointer, {"ErrorEquals", "Next"}, owner, report);
  CheckErrorEquals(entry, pointer, last, "Catch", owner, report);
  const std::array<const json::Value*, 3> found =
      FindMembers(entry, std::array<std::string_view, 3>{"Next", "ResultPath", "Assign"});
  if (const json::Value* v = found[0]) {
    CheckKinds(*v, LazyPointer(pointer, "Next"), "Next", kString, false, owner, report);
  }
  if (const json::Value* v = found[1]; v && !jsonata) {
    CheckKinds(*v, LazyPointer(pointer, "ResultPath"), "ResultPath", kString | kNull, false, owner,
               report);
  }
  if (const json::Value* v = found[2]) {
    CheckKinds(*v, LazyPointer(pointer, "Assign"), "Assign", kObject | kExpression, jsonata, owner,
               report);
  }
}

void CheckList(const model::State& s, model::StateField field, Report& report) {
  const json::Value* list = s.Field(field);
  std::string_view name = model::StateFieldName(field);
  if (list == nullptr || !list->is_array()) return;
  LazyPointer base(s.pointer, name);
  for (size_t i = 0; i < list->size(); ++i) {
    const json::Value& entry = *list->At(i);
    LazyPointer pointer(base, i);
    if (!entry.is_object()) {
      report.Add(code::kInvalidFieldType, pointer.Build(),
                 "Each " + Quote(name) + " entry of " + Describe(s) + " must be an object.");
      continue;
    }
    bool last = i + 1 == list->size();
    if (name == "Retry") {
      CheckRetrier(s, entry, pointer, i, last, report);
    } else {
      CheckCatcher(s, entry, pointer, i, last, report);
    }
  }
}

}  // namespace

void CheckRetryCatch(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid ||
        (s.type != model::StateType::kTask && s.type != model::StateType::kParallel &&
         s.type != model::StateType::kMap)) {
      return;  // Retry/Catch elsewhere are reported as fields not allowed.
    }
    CheckList(s, model::StateField::kRetry, report);
    CheckList(s, model::StateField::kCatch, report);
  });
}

}  // namespace asl::validate
