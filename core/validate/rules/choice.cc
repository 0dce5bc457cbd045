// Choice Rules (ASL "Choice State"): each rule has exactly one comparison operator, And, Or,
// Not, or (JSONata) Condition; operands match their operator; only top-level rules have
// Next (required there), Assign and Output.
#include <algorithm>
#include <string>
#include <vector>

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/model/comparison_operator.h"
#include "core/validate/codes.h"
#include "core/validate/did_you_mean.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"
#include "core/timestamp/timestamp.h"

namespace asl::validate {
namespace {

using model::OperandKind;

constexpr int kMaxRuleDepth = 50;

struct RuleScope {
  const model::State& state;
  bool jsonata;
  Report& report;
};

bool IsCombinator(std::string_view key) { return key == "And" || key == "Or" || key == "Not"; }

std::vector<std::string_view> MakeKnownRuleKeys(bool top_level, bool jsonata) {
  std::vector<std::string_view> out = {"Comment"};
  if (top_level) {
    out.insert(out.end(), {"Next", "Assign"});
    if (jsonata) out.push_back("Output");
  }
  if (jsonata) {
    out.push_back("Condition");
    return out;
  }
  out.insert(out.end(), {"Variable", "And", "Or", "Not"});
  for (const model::ComparisonOperator& op : model::ComparisonOperators()) out.push_back(op.name);
  return out;
}

const std::vector<std::string_view>& KnownRuleKeys(bool top_level, bool jsonata) {
  static const std::vector<std::string_view> kKeys[4] = {
      MakeKnownRuleKeys(false, false), MakeKnownRuleKeys(false, true),
      MakeKnownRuleKeys(true, false), MakeKnownRuleKeys(true, true)};
  return kKeys[(top_level ? 2 : 0) + (jsonata ? 1 : 0)];
}

void CheckOperand(const RuleScope& scope, const std::string& pointer,
                  const model::ComparisonOperator& op, const json::Value& value) {
  std::string where = Quote(op.name) + " in " + Describe(scope.state);
  auto wrong = [&](std::string_view expected) {
    scope.report.Add(code::kInvalidChoiceOperand, pointer,
                     where + " compares with " + std::string(expected) + ", but the value is " +
                         json::Serialize(value) +
                         "; fix the value or pick the operator for its "
                         "type.");
  };
  switch (op.operand) {
    case OperandKind::kString:
      if (!value.is_string()) wrong("a string");
      break;
    case OperandKind::kNumber:
      if (!value.is_number()) wrong("a number");
      break;
    case OperandKind::kBoolean:
      if (!value.is_bool()) wrong("a boolean");
      break;
    case OperandKind::kTimestamp:
      if (!value.is_string()) {
        wrong("an RFC 3339 timestamp string");
      } else if (!timestamp::ParseTimestamp(value.as_string()).has_value()) {
        scope.report.Add(code::kInvalidTimestamp, pointer,
                         where +
                             " needs an RFC 3339 timestamp like \"2024-03-14T01:59:00Z\", "
                             "not " +
                             json::Serialize(value) + ".");
      }
      break;
    case OperandKind::kPath:
      if (!value.is_string()) wrong("a path string like \"$.field\"");
      break;
  }
}

// `index` is the rule's position in Choices (top-level rules only).
void CheckRule(const RuleScope& scope, const json::Value& rule, const std::string& pointer,
               bool top_level, size_t index, int depth) {
  std::string owner =
      top_level ? "Choice Rule #" + std::to_string(index + 1) + " of " + Describe(scope.state)
                : "the Choice Rule at " + pointer;
  if (!rule.is_object()) {
    scope.report.Add(code::kInvalidFieldType, pointer, owner + " must be an object.");
    return;
  }
  if (depth > kMaxRuleDepth) {
    scope.report.Add(code::kTooDeeplyNested, pointer,
                     owner + " nests And/Or/Not more than " + std::to_string(kMaxRuleDepth) +
                         " levels deep; simplify it.");
    return;
  }
  const std::vector<std::string_view>& known = KnownRuleKeys(top_level, scope.jsonata);
  std::vector<std::string_view> operators;
  for (const json::Member& m : rule.as_object()) {
    auto at = [&] { return json::AppendPointer(pointer, m.key); };
    bool is_operator = model::FindComparisonOperator(m.key) != nullptr || IsCombinator(m.key);
    if (!top_level && (m.key == "Next" || m.key == "Assign" || m.key == "Output")) {
      scope.report.Add(code::kFieldNotAllowed, at(),
                       Quote(m.key) +
                           " is only allowed on top-level Choice Rules; move it to "
                           "the rule in 'Choices' of " +
                           Describe(scope.state) + ".");
      continue;
    }
    if (scope.jsonata && (is_operator || m.key == "Variable")) {
      scope.report.Add(code::kQueryLanguageMismatch, at(),
                       Quote(m.key) + " is a JSONPath Choice Rule field but " +
                           Describe(scope.state) + " uses JSONata; write a \"Condition\" instead.");
      operators.push_back(m.key);
      continue;
    }
    if (!scope.jsonata && top_level && m.key == "Output") {
      scope.report.Add(code::kQueryLanguageMismatch, at(),
                       "'Output' is a JSONata Choice Rule field but " + Describe(scope.state) +
                           " uses JSONPath; use the state's 'OutputPath', or set "
                           "\"QueryLanguage\": \"JSONata\".");
      continue;
    }
    if (!scope.jsonata && m.key == "Condition") {
      scope.report.Add(code::kQueryLanguageMismatch, at(),
                       "'Condition' is a JSONata Choice Rule field but " + Describe(scope.state) +
                           " uses JSONPath; use a comparison operator with 'Variable', or set "
                           "\"QueryLanguage\": \"JSONata\".");
      operators.push_back(m.key);
      continue;
    }
    if (std::find(known.begin(), known.end(), m.key) == known.end()) {
      std::string message = Quote(m.key) + " is not a field of a Choice Rule";
      if (auto s = DidYouMean(m.key, known)) {
        message += "; did you mean " + Quote(*s) + "?";
      } else {
        message += "; remove it.";
      }
      scope.report.Add(code::kUnknownField, at(), std::move(message));
      continue;
    }
    if (is_operator || m.key == "Condition") operators.push_back(m.key);
  }

  if (operators.empty()) {
    scope.report.Add(code::kInvalidChoiceRule, pointer,
                     owner + " has no " +
                         (scope.jsonata ? std::string("'Condition'; add one.")
                                        : std::string("comparison; add an operator such as "
                                                      "\"StringEquals\" with a \"Variable\", or "
                                                      "And/Or/Not.")));
  } else if (operators.size() > 1) {
    scope.report.Add(code::kInvalidChoiceRule, json::AppendPointer(pointer, operators[1]),
                     owner + " has both " + Quote(operators[0]) + " and " + Quote(operators[1]) +
                         "; a rule holds exactly one, so combine them with And or Or.");
  }
  if (top_level && rule.Find("Next") == nullptr) {
    scope.report.Add(code::kMissingRequiredField, pointer,
                     owner + " has no 'Next'; add the state to go to when it matches.");
  }
  if (const json::Value* next = rule.Find("Next"); next && top_level) {
    CheckKinds(*next, json::AppendPointer(pointer, "Next"), "Next", kString, false, owner,
               scope.report);
  }
  if (scope.jsonata) {
    if (const json::Value* c = rule.Find("Condition")) {
      CheckKinds(*c, json::AppendPointer(pointer, "Condition"), "Condition", kBoolean | kExpression,
                 true, owner, scope.report);
    }
    return;
  }
  if (operators.size() != 1) return;
  std::string_view op_name = operators[0];
  std::string at = json::AppendPointer(pointer, op_name);
  const json::Value& operand = *rule.Find(op_name);
  if (op_name == "And" || op_name == "Or") {
    if (!operand.is_array() || operand.size() == 0) {
      scope.report.Add(code::kInvalidFieldType, at,
                       Quote(op_name) + " of " + owner + " must be a non-empty array of rules.");
      return;
    }
    for (size_t i = 0; i < operand.size(); ++i) {
      CheckRule(scope, *operand.At(i), json::AppendPointer(at, i), false, 0, depth + 1);
    }
    return;
  }
  if (op_name == "Not") {
    CheckRule(scope, operand, at, false, 0, depth + 1);
    return;
  }
  const json::Value* variable = rule.Find("Variable");
  if (variable == nullptr) {
    scope.report.Add(code::kMissingRequiredField, pointer,
                     owner + " compares with " + Quote(op_name) +
                         " but has no 'Variable'; add the path of the value to compare.");
  } else {
    CheckKinds(*variable, json::AppendPointer(pointer, "Variable"), "Variable", kString, false,
               owner, scope.report);
  }
  CheckOperand(scope, at, *model::FindComparisonOperator(op_name), operand);
}

}  // namespace

void CheckChoices(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid || s.type != model::StateType::kChoice) return;
    const json::Value* choices = s.raw.Find("Choices");
    if (choices == nullptr || !choices->is_array()) return;
    std::string pointer = json::AppendPointer(s.pointer, "Choices");
    if (choices->size() == 0) {
      report.Add(code::kMissingRequiredField, pointer,
                 "'Choices' of " + Describe(s) + " is empty; add at least one Choice Rule.");
      return;
    }
    RuleScope scope{s, s.query_language == model::QueryLanguage::kJsonata, report};
    for (size_t i = 0; i < choices->size(); ++i) {
      CheckRule(scope, *choices->At(i), json::AppendPointer(pointer, i), true, i, 0);
    }
  });
}

}  // namespace asl::validate
