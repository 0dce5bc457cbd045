#include "core/model/build_choice.h"

#include "core/model/comparison_operator.h"
#include "core/model/field_reader.h"

namespace asl::model {

namespace {

// The members of a rule object that the builder reads, found in one scan of its members.
struct RuleMembers {
  const json::Value* comment = nullptr;
  const json::Value* next = nullptr;
  const json::Value* assign = nullptr;
  const json::Value* output = nullptr;
  const json::Value* condition = nullptr;
  const json::Value* and_ = nullptr;
  const json::Value* or_ = nullptr;
  const json::Value* not_ = nullptr;
  const json::Value* variable = nullptr;
  const json::Member* comparison = nullptr;  // The first comparison operator in member order.

  explicit RuleMembers(const json::Value& rule) {
    for (const json::Member& m : rule.as_object()) {
      std::string_view key = m.key;
      if (key == "Variable") {
        variable = &m.value;
      } else if (key == "Next") {
        next = &m.value;
      } else if (key == "And") {
        and_ = &m.value;
      } else if (key == "Or") {
        or_ = &m.value;
      } else if (key == "Not") {
        not_ = &m.value;
      } else if (key == "Condition") {
        condition = &m.value;
      } else if (key == "Comment") {
        comment = &m.value;
      } else if (key == "Assign") {
        assign = &m.value;
      } else if (key == "Output") {
        output = &m.value;
      } else if (comparison == nullptr && FindComparisonOperator(key) != nullptr) {
        comparison = &m;
      }
    }
  }
};

}  // namespace

ChoiceRule BuildChoiceRule(const json::Value& rule, std::string_view pointer, bool top_level,
                           PointerArena& pointers, int depth) {
  ChoiceRule out;
  out.pointer = pointer;
  if (!rule.is_object()) return out;
  const RuleMembers members(rule);
  out.comment = ReadString(members.comment);
  if (top_level) {
    out.next = ReadString(members.next);
    out.assign = ReadValue(members.assign);
    out.output = ReadValue(members.output);
  }
  if (depth >= kMaxChoiceRuleDepth) return out;

  if (members.condition != nullptr) {
    out.kind = ChoiceRule::Kind::kCondition;
    out.condition = *members.condition;
    return out;
  }
  struct Combinator {
    std::string_view key;
    const json::Value* list;
    ChoiceRule::Kind kind;
  };
  for (const Combinator& c : {Combinator{"And", members.and_, ChoiceRule::Kind::kAnd},
                              Combinator{"Or", members.or_, ChoiceRule::Kind::kOr}}) {
    if (c.list == nullptr) continue;
    out.kind = c.kind;
    json::ItemsView rules = c.list->as_array();  // A non-array holds no rules.
    out.children.reserve(rules.size());
    for (size_t i = 0; i < rules.size(); ++i) {
      out.children.push_back(BuildChoiceRule(rules[i], pointers.Append(out.pointer, c.key, i),
                                             false, pointers, depth + 1));
    }
    return out;
  }
  if (members.not_ != nullptr) {
    out.kind = ChoiceRule::Kind::kNot;
    out.children.push_back(BuildChoiceRule(*members.not_, pointers.Append(out.pointer, "Not"),
                                           false, pointers, depth + 1));
    return out;
  }
  if (members.comparison != nullptr) {
    out.kind = ChoiceRule::Kind::kComparison;
    out.op = members.comparison->key;
    out.operand = members.comparison->value;
    out.variable = ReadString(members.variable).value_or("");
  }
  return out;
}

}  // namespace asl::model
