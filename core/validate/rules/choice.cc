// Choice Rules (ASL "Choice State"): each rule has exactly one comparison operator, And, Or,
// Not, or (JSONata) Condition; operands match their operator; only top-level rules have
// Next (required there), Assign and Output.
#include <algorithm>
#include <string>
#include <vector>

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/model/comparison_operator.h"
#include "core/timestamp/timestamp.h"
#include "core/validate/codes.h"
#include "core/validate/did_you_mean.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

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

void CheckOperand(const RuleScope& scope, const LazyPointer& pointer,
                  const model::ComparisonOperator& op, const json::Value& value) {
  auto where = [&] { return Quote(op.name) + " in " + Describe(scope.state); };
  auto wrong = [&](std::string_view expected) {
    scope.report.Add(code::kInvalidChoiceOperand, pointer.Build(),
                     where() + " compares with " + std::string(expected) + ", but the value is " +
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
        scope.report.Add(code::kInvalidTimestamp, pointer.Build(),
                         where() +
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

// The operators of one rule as they appear; only the first two are ever reported.
class OperatorList {
 public:
  void push_back(std::string_view name) {
    if (count_ < 2) names_[count_] = name;
    ++count_;
  }
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }
  std::string_view operator[](size_t i) const { return names_[i]; }

 private:
  std::string_view names_[2];
  size_t count_ = 0;
};

// `index` is the rule's position in Choices (top-level rules only).
void CheckRule(const RuleScope& scope, const json::Value& rule, const LazyPointer& pointer,
               bool top_level, size_t index, int depth) {
  Owner owner = top_level ? Owner("Choice Rule", index, scope.state)  // "Choice Rule #1 of ..."
                          : Owner("the Choice Rule at ", pointer);
  if (!rule.is_object()) {
    scope.report.Add(code::kInvalidFieldType, pointer.Build(),
                     owner.Text() + " must be an object.");
    return;
  }
  if (depth > kMaxRuleDepth) {
    scope.report.Add(code::kTooDeeplyNested, pointer.Build(),
                     owner.Text() + " nests And/Or/Not more than " + std::to_string(kMaxRuleDepth) +
                         " levels deep; simplify it.");
    return;
  }
  const std::vector<std::string_view>& known = KnownRuleKeys(top_level, scope.jsonata);
  OperatorList operators;
  for (const json::Member& m : rule.as_object()) {
    auto at = [&] { return LazyPointer(pointer, m.key).Build(); };
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
    scope.report.Add(code::kInvalidChoiceRule, pointer.Build(),
                     owner.Text() + " has no " +
                         (scope.jsonata ? std::string("'Condition'; add one.")
                                        : std::string("comparison; add an operator such as "
                                                      "\"StringEquals\" with a \"Variable\", or "
                                                      "And/Or/Not.")));
  } else if (operators.size() > 1) {
    scope.report.Add(code::kInvalidChoiceRule, LazyPointer(pointer, operators[1]).Build(),
                     owner.Text() + " has both " + Quote(operators[0]) + " and " +
                         Quote(operators[1]) +
                         "; a rule holds exactly one, so combine them with And or Or.");
  }
  if (top_level && rule.Find("Next") == nullptr) {
    scope.report.Add(code::kMissingRequiredField, pointer.Build(),
                     owner.Text() + " has no 'Next'; add the state to go to when it matches.");
  }
  if (const json::Value* next = rule.Find("Next"); next && top_level) {
    CheckKinds(*next, LazyPointer(pointer, "Next"), "Next", kString, false, owner, scope.report);
  }
  if (scope.jsonata) {
    if (const json::Value* c = rule.Find("Condition")) {
      CheckKinds(*c, LazyPointer(pointer, "Condition"), "Condition", kBoolean | kExpression, true,
                 owner, scope.report);
    }
    return;
  }
  // A Condition in a JSONPath state is reported above; it has no operand to check.
  if (operators.size() != 1 || operators[0] == "Condition") return;
  std::string_view op_name = operators[0];
  LazyPointer at(pointer, op_name);
  const json::Value& operand = *rule.Find(op_name);
  if (op_name == "And" || op_name == "Or") {
    if (!operand.is_array() || operand.size() == 0) {
      scope.report.Add(
          code::kInvalidFieldType, at.Build(),
          Quote(op_name) + " of " + owner.Text() + " must be a non-empty array of rules.");
      return;
    }
    for (size_t i = 0; i < operand.size(); ++i) {
      CheckRule(scope, *operand.At(i), LazyPointer(at, i), false, 0, depth + 1);
    }
    return;
  }
  if (op_name == "Not") {
    CheckRule(scope, operand, at, false, 0, depth + 1);
    return;
  }
  const json::Value* variable = rule.Find("Variable");
  if (variable == nullptr) {
    scope.report.Add(code::kMissingRequiredField, pointer.Build(),
                     owner.Text() + " compares with " + Quote(op_name) +
                         " but has no 'Variable'; add the path of the value to compare.");
  } else {
    CheckKinds(*variable, LazyPointer(pointer, "Variable"), "Variable", kString, false, owner,
               scope.report);
  }
  CheckOperand(scope, at, *model::FindComparisonOperator(op_name), operand);
}

}  // namespace

void CheckChoices(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid || s.type != model::StateType::kChoice) return;
    const json::Value* choices = s.Field(model::StateField::kChoices);
    if (choices == nullptr || !choices->is_array()) return;
    LazyPointer pointer(s.pointer, "Choices");
    if (choices->size() == 0) {
      report.Add(code::kMissingRequiredField, pointer.Build(),
                 "'Choices' of " + Describe(s) + " is empty; add at least one Choice Rule.");
      return;
    }
    RuleScope scope{s, s.query_language == model::QueryLanguage::kJsonata, report};
    for (size_t i = 0; i < choices->size(); ++i) {
      CheckRule(scope, *choices->At(i), LazyPointer(pointer, i), true, i, 0);
    }
  });
}

}  // namespace asl::validate
