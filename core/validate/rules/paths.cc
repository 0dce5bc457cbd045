// Paths in JSONPath states (ASL "Paths", "Reference Paths", "Payload Template", "Intrinsic
// Functions"): *Path fields, ItemsPath, Variable and the *Path comparison operands hold
// Paths; ResultPath holds a Reference Path (it names where to write). AWS's guide shows
// filters in reference paths it accepts, so only ResultPath gets the strict check; keys ending in
// ".$" hold a path, a "$$" path, a variable or an intrinsic call. Also AWS's warnings NO_DOLLAR,
// NO_PATH and PASS_RESULT_IS_STATIC.
#include <string>

#include "core/intrinsics/check.h"
#include "core/json/pointer.h"
#include "core/model/comparison_operator.h"
#include "core/path/check.h"
#include "core/validate/codes.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr int kMaxTemplateDepth = 200;

enum class PathKind { kPath, kReferencePath, kPathOrIntrinsic };

bool IsIntrinsicCall(std::string_view text) { return text.starts_with("States."); }

// For the NO_DOLLAR / NO_PATH warnings: "$", "$.x", "$[0]", "$$.x" or "States.Fn(...)"
// ("States.ALL" alone is an error name, not a call).
bool LooksLikePath(std::string_view text) {
  return text == "$" || text.starts_with("$.") || text.starts_with("$[") ||
         text.starts_with("$$.") ||
         (IsIntrinsicCall(text) && text.find('(') != std::string_view::npos && text.ends_with(")"));
}

// `pointer` builds the field's pointer; it is called only when there is a problem.
template <typename MakePointer>
void CheckPathText(std::string_view text, const MakePointer& pointer, std::string_view field,
                   PathKind kind, const model::State& owner, Report& report) {
  std::optional<path::PathProblem> problem;
  std::string_view code = code::kInvalidPath;
  if (kind == PathKind::kPathOrIntrinsic && IsIntrinsicCall(text)) {
    problem = intrinsics::CheckIntrinsicCall(text);
    code = code::kInvalidIntrinsicCall;
  } else if (kind == PathKind::kReferencePath) {
    problem = path::CheckReferencePath(text);
    code = code::kInvalidReferencePath;
  } else {
    problem = path::CheckPath(text);
  }
  if (!problem) return;
  report.AddInString(code, pointer(), problem->offset, problem->length,
                     "In " + Quote(field) + " of " + Describe(owner) + ": " + problem->message);
}

// Walks a payload template (JSONPath states): Parameters, ResultSelector, ItemSelector ...
void CheckTemplate(const json::Value& value, const LazyPointer& pointer, std::string_view field,
                   const model::State& owner, bool warnings, int depth, Report& report) {
  if (depth > kMaxTemplateDepth) return;  // The parser's depth limit applies long before.
  if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      const json::Value& item = *value.At(i);
      if (!item.is_array() && !item.is_object()) continue;  // Literal items hold no paths.
      CheckTemplate(item, LazyPointer(pointer, i), field, owner, warnings, depth + 1, report);
    }
    return;
  }
  if (!value.is_object()) return;
  for (const json::Member& m : value.as_object()) {
    bool dynamic = m.key.ends_with(".$");
    if (!dynamic && !m.value.is_object() && !m.value.is_array() &&
        !(warnings && m.value.is_string() && LooksLikePath(m.value.as_string()))) {
      continue;  // A literal leaf: nothing to check, so no pointer is built.
    }
    LazyPointer member(pointer, m.key);
    auto at = [&] { return member.Build(); };
    if (dynamic) {
      if (!m.value.is_string()) {
        report.Add(code::kInvalidPayloadTemplate, at(),
                   Quote(m.key) + " in " + Quote(field) + " of " + Describe(owner) +
                       " ends with '.$', so it must hold a path or intrinsic call string; "
                       "remove '.$' from the key to keep a literal value.");
      } else if (const std::string& text = m.value.as_string();
                 text.starts_with("$") || IsIntrinsicCall(text)) {
        CheckPathText(text, at, m.key, PathKind::kPathOrIntrinsic, owner, report);
      } else {
        report.Add(code::kInvalidPayloadTemplate, at(),
                   Quote(m.key) + " in " + Quote(field) + " of " + Describe(owner) +
                       " must hold a path ('$.x'), a context path ('$$.x'), a variable ('$x') or "
                       "an intrinsic call ('States.Format(...)'); remove '.$' from the key to "
                       "keep the literal.");
      }
      continue;
    }
    if (warnings && m.value.is_string() && LooksLikePath(m.value.as_string())) {
      report.Add(code::kNoDollar, at(),
                 Quote(m.key) + " in " + Quote(field) + " of " + Describe(owner) +
                     " looks like a path or intrinsic call but is passed literally; rename the "
                     "key to '" +
                     m.key + ".$' to evaluate it.");
    }
    if (m.value.is_object() || m.value.is_array()) {
      CheckTemplate(m.value, member, field, owner, warnings, depth + 1, report);
    }
  }
}

// Keys ending in ".$" inside a Pass state's Result are copied literally.
void CheckStaticResult(const json::Value& value, const LazyPointer& pointer,
                       const model::State& owner, int depth, Report& report) {
  if (depth > kMaxTemplateDepth) return;
  if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      const json::Value& item = *value.At(i);
      if (!item.is_array() && !item.is_object()) continue;  // Literal items hold no keys.
      CheckStaticResult(item, LazyPointer(pointer, i), owner, depth + 1, report);
    }
    return;
  }
  if (!value.is_object()) return;
  for (const json::Member& m : value.as_object()) {
    bool dynamic = m.key.ends_with(".$");
    if (!dynamic && !m.value.is_object() && !m.value.is_array()) continue;
    LazyPointer at(pointer, m.key);
    if (dynamic) {
      report.Add(code::kPassResultIsStatic, at.Build(),
                 Quote(m.key) + " in the 'Result' of " + Describe(owner) +
                     " is not evaluated, since 'Result' is static; use 'Parameters' to select "
                     "values from the input.");
    }
    CheckStaticResult(m.value, at, owner, depth + 1, report);
  }
}

void CheckChoicePaths(const model::ChoiceRule& rule, const model::State& owner, Report& report) {
  if (rule.kind == model::ChoiceRule::Kind::kComparison) {
    if (!rule.variable.empty()) {
      CheckPathText(
          rule.variable, [&] { return json::AppendPointer(rule.pointer, "Variable"); }, "Variable",
          PathKind::kPath, owner, report);
    }
    const model::ComparisonOperator* op = model::FindComparisonOperator(rule.op);
    if (op && op->operand == model::OperandKind::kPath && rule.operand.is_string()) {
      CheckPathText(
          rule.operand.as_string(), [&] { return json::AppendPointer(rule.pointer, rule.op); },
          rule.op, PathKind::kPath, owner, report);
    }
  }
  for (const model::ChoiceRule& child : rule.children) CheckChoicePaths(child, owner, report);
}

struct PathFieldKind {
  std::string_view name;
  PathKind kind;
};
constexpr PathFieldKind kPathFields[] = {
    {"InputPath", PathKind::kPath},
    {"OutputPath", PathKind::kPath},
    {"ResultPath", PathKind::kReferencePath},
    {"ItemsPath", PathKind::kPath},
    {"TimeoutSecondsPath", PathKind::kPath},
    {"HeartbeatSecondsPath", PathKind::kPath},
    {"SecondsPath", PathKind::kPath},
    {"TimestampPath", PathKind::kPath},
    {"ErrorPath", PathKind::kPathOrIntrinsic},
    {"CausePath", PathKind::kPathOrIntrinsic},
    {"MaxConcurrencyPath", PathKind::kPath},
    {"ToleratedFailurePercentagePath", PathKind::kPath},
    {"ToleratedFailureCountPath", PathKind::kPath},
};

bool IsTemplateField(std::string_view key) {
  return key == "Parameters" || key == "ResultSelector" || key == "ItemSelector" ||
         key == "Assign" || key == "Credentials";
}

// One pass over the state's fields; a pointer or message is built only for a problem.
void CheckJsonPathState(const model::State& s, bool warnings, Report& report) {
  auto at = [&](std::string_view key) { return json::AppendPointer(s.pointer, key); };
  for (const json::Member& m : s.raw.as_object()) {
    std::string_view key = m.key;
    if (key.ends_with("Path")) {
      if (!m.value.is_string()) continue;
      for (const PathFieldKind& f : kPathFields) {
        if (f.name != key) continue;
        CheckPathText(
            m.value.as_string(), [&] { return at(key); }, key, f.kind, s, report);
        break;
      }
    } else if (IsTemplateField(key)) {
      CheckTemplate(m.value, LazyPointer(s.pointer, key), key, s, warnings, 0, report);
    } else if (key == "ItemReader" || key == "ResultWriter") {
      if (const json::Value* p = m.value.Find("Parameters")) {
        LazyPointer field(s.pointer, key);
        CheckTemplate(*p, LazyPointer(field, "Parameters"), "Parameters", s, warnings, 0, report);
      }
    } else if (warnings && key == "Result" && s.type == model::StateType::kPass) {
      CheckStaticResult(m.value, LazyPointer(s.pointer, key), s, 0, report);
    } else if (warnings && (key == "Error" || key == "Cause") &&
               s.type == model::StateType::kFail && m.value.is_string() &&
               LooksLikePath(m.value.as_string())) {
      report.Add(code::kNoPath, at(key),
                 Quote(key) + " of " + Describe(s) +
                     " looks like a path but is used literally; "
                     "rename the field to '" +
                     std::string(key) + "Path' to evaluate it.");
    }
  }
  if (const auto* choice = s.As<model::ChoiceState>()) {
    for (const model::ChoiceRule& rule : choice->choices) CheckChoicePaths(rule, s, report);
  }
  const std::vector<model::Catcher>* catchers = nullptr;
  if (const auto* task = s.As<model::TaskState>()) catchers = &task->catch_;
  if (const auto* parallel = s.As<model::ParallelState>()) catchers = &parallel->catch_;
  if (const auto* map = s.As<model::MapState>()) catchers = &map->catch_;
  for (size_t i = 0; catchers && i < catchers->size(); ++i) {
    const model::Catcher& c = (*catchers)[i];
    if (c.result_path.has_path()) {
      CheckPathText(
          c.result_path.path, [&] { return json::AppendPointer(c.pointer, "ResultPath"); },
          "ResultPath", PathKind::kReferencePath, s, report);
    }
  }
}

}  // namespace

void CheckPaths(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid) return;
    if (s.query_language == model::QueryLanguage::kJsonPath) {
      CheckJsonPathState(s, context.options.warnings, report);
    }
  });
}

}  // namespace asl::validate
