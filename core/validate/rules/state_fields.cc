// Per-state field rules: every field is known, belongs to the state's type and query
// language, and has the right JSON type (field_table.h holds the table).
#include <string>

#include "core/json/pointer.h"
#include "core/model/states.h"
#include "core/validate/codes.h"
#include "core/validate/did_you_mean.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

using model::QueryLanguage;

constexpr std::string_view kTypeNames[] = {"Pass",    "Task", "Choice",   "Wait",
                                           "Succeed", "Fail", "Parallel", "Map"};

std::string TypesWith(const FieldSpec& spec) {
  std::string out;
  std::vector<std::string_view> names;
  for (std::string_view n : kTypeNames) {
    if (AllowedIn(spec, *model::ParseStateType(n))) names.push_back(n);
  }
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// The field that does the job of `spec` in the other query language for this state type,
// or "" when there is none.
std::string_view OtherLanguageField(const FieldSpec& spec, model::StateType type) {
  if (spec.name == "Parameters" && type == model::StateType::kMap) return "ItemSelector";
  if (spec.name == "Parameters" && type == model::StateType::kPass) return "Output";
  if (spec.other_language_field.empty()) return "";
  const FieldSpec* other = FindStateField(spec.other_language_field);
  return other && AllowedIn(*other, type) ? spec.other_language_field : "";
}

// `root_jsonata`: the whole machine uses JSONata, so no state may switch back to JSONPath.
void CheckMember(const model::State& state, const json::Member& m, bool root_jsonata,
                 Report& report) {
  bool jsonata = state.query_language == QueryLanguage::kJsonata;
  const FieldSpec* spec = FindStateField(m.key);
  if (spec && AllowedIn(*spec, state.type) && AllowedIn(*spec, state.query_language) &&
      MatchesKinds(m.value, spec->kinds, jsonata)) {
    return;  // The common case: nothing to report, so no pointer or message is built.
  }
  std::string pointer = json::AppendPointer(state.pointer, m.key);
  std::string owner = Describe(state);
  if (spec == nullptr) {
    std::vector<std::string_view> names = StateFieldNames(state.type, state.query_language);
    std::string message = Quote(m.key) + " is not a field of a " +
                          std::string(model::StateTypeName(state.type)) + " state";
    if (auto suggestion = DidYouMean(m.key, names)) {
      message += "; did you mean " + Quote(*suggestion) + "?";
    } else {
      message += "; remove it from " + Quote(state.name) + ".";
    }
    report.Add(code::kUnknownField, pointer, std::move(message));
    return;
  }
  if (!AllowedIn(*spec, state.type)) {
    report.Add(code::kFieldNotAllowed, pointer,
               Quote(m.key) + " is not allowed in " + owner + "; only " + TypesWith(*spec) +
                   " states have it, so remove it.");
    return;
  }
  if (!AllowedIn(*spec, state.query_language)) {
    std::string field_language = jsonata ? "JSONPath" : "JSONata";
    std::string message = Quote(m.key) + " is a " + field_language + " field but " + owner +
                          " uses " + std::string(model::QueryLanguageName(state.query_language));
    std::string_view other = OtherLanguageField(*spec, state.type);
    if (!other.empty()) {
      message += "; use " + Quote(other) + " instead";
    } else {
      message += "; remove it";
    }
    if (jsonata && root_jsonata) {
      message += ".";
    } else {
      message += " or set \"QueryLanguage\": \"" + field_language + "\" on the state.";
    }
    report.Add(code::kQueryLanguageMismatch, pointer, std::move(message));
    return;
  }
  CheckKinds(m.value, pointer, m.key, spec->kinds, jsonata, owner, report);
}

}  // namespace

void CheckStateFields(const RuleContext& context, Report& report) {
  bool root_jsonata = context.machine.query_language == QueryLanguage::kJsonata;
  ForEachMachine(context.machine, [&](const model::StateMachine& machine, bool) {
    const json::Value* states = machine.raw.Find("States");
    if (states == nullptr || !states->is_object()) return;
    for (const json::Member& m : states->as_object()) {
      if (!m.value.is_object()) {
        report.Add(code::kInvalidFieldType,
                   json::AppendPointer(json::AppendPointer(machine.pointer, "States"), m.key),
                   "State " + Quote(m.key) + " must be an object with a \"Type\".");
      }
    }
    for (const model::State& state : machine.states) {
      const json::Value* type = state.Field(model::StateField::kType);
      if (type == nullptr) {
        report.Add(code::kMissingRequiredField, state.pointer,
                   "State " + Quote(state.name) +
                       " has no 'Type'; add one of Pass, Task, Choice, Wait, Succeed, Fail, "
                       "Parallel or Map.");
        continue;
      }
      if (!state.type_valid) {
        CheckEnum(*type, json::AppendPointer(state.pointer, "Type"), "Type",
                  {"Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"},
                  "state " + Quote(state.name), report);
        continue;
      }
      if (const json::Value* ql = state.Field(model::StateField::kQueryLanguage)) {
        std::string pointer = json::AppendPointer(state.pointer, "QueryLanguage");
        if (CheckEnum(*ql, pointer, "QueryLanguage", {"JSONPath", "JSONata"}, Describe(state),
                      report) &&
            root_jsonata && ql->as_string() == "JSONPath") {
          // AWS: "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state
          // machine", reported at the state.
          report.Add(code::kQueryLanguageMismatch, state.pointer,
                     Describe(state) +
                         " sets \"QueryLanguage\": \"JSONPath\" but the state machine uses "
                         "JSONata; remove the state's QueryLanguage or the machine's.");
        }
      }
      for (const json::Member& m : state.raw.as_object()) {
        if (report.full()) return report.MarkTruncated();
        CheckMember(state, m, root_jsonata, report);
      }
    }
  });
}

}  // namespace asl::validate
