#include "core/model/build_choice.h"

#include "core/json/pointer.h"
#include "core/model/comparison_operator.h"
#include "core/model/field_reader.h"

namespace asl::model {

ChoiceRule BuildChoiceRule(const json::Value& rule, std::string pointer, bool top_level,
                           int depth) {
  ChoiceRule out;
  out.pointer = std::move(pointer);
  if (!rule.is_object()) return out;
  out.comment = ReadString(rule, "Comment");
  if (top_level) {
    out.next = ReadString(rule, "Next");
    out.assign = ReadValue(rule, "Assign");
    out.output = ReadValue(rule, "Output");
  }
  if (depth >= kMaxChoiceRuleDepth) return out;

  if (const json::Value* condition = rule.Find("Condition")) {
    out.kind = ChoiceRule::Kind::kCondition;
    out.condition = *condition;
    return out;
  }
  struct Combinator {
    std::string_view key;
    ChoiceRule::Kind kind;
  };
  for (const Combinator& c :
       {Combinator{"And", ChoiceRule::Kind::kAnd}, Combinator{"Or", ChoiceRule::Kind::kOr}}) {
    const json::Value* list = rule.Find(c.key);
    if (list == nullptr) continue;
    out.kind = c.kind;
    std::string base = json::AppendPointer(out.pointer, c.key);
    for (size_t i = 0; i < list->size(); ++i) {
      out.children.push_back(
          BuildChoiceRule(*list->At(i), json::AppendPointer(base, i), false, depth + 1));
    }
    return out;
  }
  if (const json::Value* inner = rule.Find("Not")) {
    out.kind = ChoiceRule::Kind::kNot;
    out.children.push_back(
        BuildChoiceRule(*inner, json::AppendPointer(out.pointer, "Not"), false, depth + 1));
    return out;
  }
  for (const json::Member& m : rule.as_object()) {
    if (FindComparisonOperator(m.key) == nullptr) continue;
    out.kind = ChoiceRule::Kind::kComparison;
    out.op = m.key;
    out.operand = m.value;
    out.variable = ReadString(rule, "Variable").value_or("");
    return out;
  }
  return out;
}

}  // namespace asl::model
