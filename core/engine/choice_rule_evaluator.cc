#include "core/engine/choice_rule_evaluator.h"

#include <string_view>
#include <utility>

#include "core/timestamp/timestamp.h"

namespace asl::engine {
namespace {

using Family = PreparedRule::Family;
using Compare = PreparedRule::Compare;

struct OperatorInfo {
  std::string_view base;
  Family family;
  Compare compare;
};

constexpr OperatorInfo kOperators[] = {
    {"StringEquals", Family::kString, Compare::kEquals},
    {"StringLessThan", Family::kString, Compare::kLess},
    {"StringLessThanEquals", Family::kString, Compare::kLessEquals},
    {"StringGreaterThan", Family::kString, Compare::kGreater},
    {"StringGreaterThanEquals", Family::kString, Compare::kGreaterEquals},
    {"StringMatches", Family::kStringMatches, Compare::kEquals},
    {"NumericEquals", Family::kNumeric, Compare::kEquals},
    {"NumericLessThan", Family::kNumeric, Compare::kLess},
    {"NumericLessThanEquals", Family::kNumeric, Compare::kLessEquals},
    {"NumericGreaterThan", Family::kNumeric, Compare::kGreater},
    {"NumericGreaterThanEquals", Family::kNumeric, Compare::kGreaterEquals},
    {"BooleanEquals", Family::kBoolean, Compare::kEquals},
    {"TimestampEquals", Family::kTimestamp, Compare::kEquals},
    {"TimestampLessThan", Family::kTimestamp, Compare::kLess},
    {"TimestampLessThanEquals", Family::kTimestamp, Compare::kLessEquals},
    {"TimestampGreaterThan", Family::kTimestamp, Compare::kGreater},
    {"TimestampGreaterThanEquals", Family::kTimestamp, Compare::kGreaterEquals},
    {"IsNull", Family::kIsNull, Compare::kEquals},
    {"IsPresent", Family::kIsPresent, Compare::kEquals},
    {"IsNumeric", Family::kIsNumeric, Compare::kEquals},
    {"IsString", Family::kIsString, Compare::kEquals},
    {"IsBoolean", Family::kIsBoolean, Compare::kEquals},
    {"IsTimestamp", Family::kIsTimestamp, Compare::kEquals},
};

std::optional<path::Path> ParsePath(const std::string& text, std::string* problem) {
  auto parsed = path::Path::Parse(text);
  if (auto* p = std::get_if<path::Path>(&parsed)) return std::move(*p);
  *problem = "Invalid path '" + text + "': " + std::get<path::PathProblem>(parsed).message;
  return std::nullopt;
}

template <typename T>
bool Ordered(const T& a, const T& b, Compare compare) {
  switch (compare) {
    case Compare::kEquals:
      return a == b;
    case Compare::kLess:
      return a < b;
    case Compare::kLessEquals:
      return a <= b;
    case Compare::kGreater:
      return a > b;
    case Compare::kGreaterEquals:
      return a >= b;
  }
  return false;
}

bool NumbersCompare(const json::Value& a, const json::Value& b, Compare compare) {
  if (a.is_int() && b.is_int()) return Ordered(a.as_int(), b.as_int(), compare);
  return Ordered(a.as_double(), b.as_double(), compare);
}

std::optional<int64_t> InstantOf(const json::Value& v) {
  if (!v.is_string()) return std::nullopt;
  return timestamp::ParseTimestamp(v.as_string());
}

bool Compares(const PreparedRule& rule, const json::Value& value, const json::Value& operand) {
  switch (rule.family) {
    case Family::kString:
      return value.is_string() && operand.is_string() &&
             Ordered(std::string_view(value.as_string()), std::string_view(operand.as_string()),
                     rule.compare);
    case Family::kStringMatches:
      return value.is_string() && operand.is_string() &&
             WildcardMatches(operand.as_string(), value.as_string());
    case Family::kNumeric:
      return value.is_number() && operand.is_number() &&
             NumbersCompare(value, operand, rule.compare);
    case Family::kBoolean:
      return value.is_bool() && operand.is_bool() && value.as_bool() == operand.as_bool();
    case Family::kTimestamp: {
      std::optional<int64_t> a = InstantOf(value);
      std::optional<int64_t> b = rule.operand_path ? InstantOf(operand) : rule.operand_instant;
      return a && b && Ordered(*a, *b, rule.compare);
    }
    case Family::kIsNull:
      return value.is_null() == operand.as_bool();
    case Family::kIsNumeric:
      return value.is_number() == operand.as_bool();
    case Family::kIsString:
      return value.is_string() == operand.as_bool();
    case Family::kIsBoolean:
      return value.is_bool() == operand.as_bool();
    case Family::kIsTimestamp:
      return InstantOf(value).has_value() == operand.as_bool();
    case Family::kIsPresent:
      return operand.as_bool();
  }
  return false;
}

std::string Missing(const path::Path& path, const path::Environment& env) {
  const json::Value* root = path::ResolveRoot(env, path.root(), path.variable());
  static const json::Value kNull;
  return "Invalid path '" + path.text() + "' : " + path.DescribeMiss(root ? *root : kNull);
}

}  // namespace

bool WildcardMatches(std::string_view pattern, std::string_view text) {
  // Iterative glob matching with backtracking to the last star: O(|pattern| * |text|).
  size_t p = 0, t = 0;
  size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_t = t;
      continue;
    }
    if (p < pattern.size()) {
      char expected = pattern[p];
      size_t width = 1;
      if (expected == '\\' && p + 1 < pattern.size()) {
        expected = pattern[p + 1];
        width = 2;
      }
      if (expected == text[t]) {
        p += width;
        ++t;
        continue;
      }
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

PreparedRule PrepareRule(const model::ChoiceRule& rule) {
  PreparedRule out;
  switch (rule.kind) {
    case model::ChoiceRule::Kind::kAnd:
    case model::ChoiceRule::Kind::kOr:
    case model::ChoiceRule::Kind::kNot:
      out.kind = rule.kind == model::ChoiceRule::Kind::kAnd  ? PreparedRule::Kind::kAnd
                 : rule.kind == model::ChoiceRule::Kind::kOr ? PreparedRule::Kind::kOr
                                                             : PreparedRule::Kind::kNot;
      for (const model::ChoiceRule& child : rule.children) {
        out.children.push_back(PrepareRule(child));
      }
      return out;
    case model::ChoiceRule::Kind::kComparison:
      break;
    default:
      out.problem = "The Choice Rule at " + std::string(rule.pointer) + " cannot be evaluated.";
      return out;
  }
  std::string_view op = rule.op;
  bool is_path = op.size() > 4 && op.substr(op.size() - 4) == "Path" && op != "StringMatches";
  std::string_view base = is_path ? op.substr(0, op.size() - 4) : op;
  const OperatorInfo* info = nullptr;
  for (const OperatorInfo& candidate : kOperators) {
    if (candidate.base == base) info = &candidate;
  }
  if (info == nullptr ||
      (is_path && info->family >= Family::kStringMatches && info->family != Family::kTimestamp)) {
    out.problem = "Unknown comparison operator '" + rule.op + "'.";
    return out;
  }
  out.family = info->family;
  out.compare = info->compare;
  out.variable = ParsePath(rule.variable, &out.problem);
  if (!out.variable) return out;
  if (is_path) {
    if (!rule.operand.is_string()) {
      out.problem = rule.op + " needs a path string.";
      return out;
    }
    out.operand_path = ParsePath(rule.operand.as_string(), &out.problem);
    if (!out.operand_path) return out;
  } else {
    out.operand = rule.operand;
    if (out.family == Family::kTimestamp) out.operand_instant = InstantOf(rule.operand);
  }
  out.kind = PreparedRule::Kind::kComparison;
  return out;
}

std::variant<bool, std::string> EvaluateRule(const PreparedRule& rule,
                                             const path::Environment& env) {
  switch (rule.kind) {
    case PreparedRule::Kind::kInvalid:
      return rule.problem;
    case PreparedRule::Kind::kAnd:
    case PreparedRule::Kind::kOr: {
      bool is_and = rule.kind == PreparedRule::Kind::kAnd;
      for (const PreparedRule& child : rule.children) {
        auto r = EvaluateRule(child, env);
        if (auto* problem = std::get_if<std::string>(&r)) return std::move(*problem);
        if (std::get<bool>(r) != is_and) return !is_and;
      }
      return is_and;
    }
    case PreparedRule::Kind::kNot: {
      if (rule.children.size() != 1) return std::string("Not needs exactly one Choice Rule.");
      auto r = EvaluateRule(rule.children[0], env);
      if (auto* b = std::get_if<bool>(&r)) return !*b;
      return r;
    }
    case PreparedRule::Kind::kComparison:
      break;
  }
  std::optional<json::Value> value = rule.variable->Evaluate(env);
  if (rule.family == Family::kIsPresent) return value.has_value() == rule.operand.as_bool();
  if (!value) return Missing(*rule.variable, env);
  if (!rule.operand_path) return Compares(rule, *value, rule.operand);
  std::optional<json::Value> operand = rule.operand_path->Evaluate(env);
  if (!operand) return Missing(*rule.operand_path, env);
  return Compares(rule, *value, *operand);
}

}  // namespace asl::engine
