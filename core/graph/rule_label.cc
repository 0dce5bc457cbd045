#include "core/graph/rule_label.h"

#include <array>
#include <utility>

#include "core/json/writer.h"

namespace asl::graph {
namespace {

constexpr int kMaxDepth = 8;

// Comparison operators (without their "Path" suffix) and the symbol shown for them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kOperators = {{
    {"StringEquals", "=="},          {"StringLessThan", "<"},
    {"StringGreaterThan", ">"},      {"StringLessThanEquals", "<="},
    {"StringGreaterThanEquals", ">="}, {"StringMatches", "matches"},
    {"NumericEquals", "=="},         {"NumericLessThan", "<"},
    {"NumericGreaterThan", ">"},     {"NumericLessThanEquals", "<="},
    {"NumericGreaterThanEquals", ">="}, {"BooleanEquals", "=="},
    {"TimestampEquals", "=="},       {"TimestampLessThan", "<"},
    {"TimestampGreaterThan", ">"},   {"TimestampLessThanEquals", "<="},
    {"TimestampGreaterThanEquals", ">="}, {"IsNull", "is null"},
    {"IsPresent", "is present"},     {"IsNumeric", "is numeric"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kTypeTests = {{
    {"IsString", "is string"}, {"IsBoolean", "is boolean"}, {"IsTimestamp", "is timestamp"}}};

std::string Summarize(const json::Value& rule, int depth);

std::string Joined(const json::Value& rules, std::string_view word, int depth) {
  std::string out;
  for (const json::Value& r : rules.as_array()) {
    if (!out.empty()) out += " " + std::string(word) + " ";
    out += "(" + Summarize(r, depth + 1) + ")";
  }
  return out;
}

std::string Comparison(const json::Value& rule, std::string_view variable) {
  auto describe = [&](std::string_view op, std::string_view symbol) -> std::string {
    std::string name(op);
    if (const json::Value* v = rule.Find(name)) {
      if (symbol.rfind("is ", 0) == 0) {
        bool negated = v->is_bool() && !v->as_bool();
        return std::string(variable) + (negated ? " is not " : " ") +
               std::string(symbol.substr(negated ? 3 : 0));
      }
      return std::string(variable) + " " + std::string(symbol) + " " + json::Serialize(*v);
    }
    if (const json::Value* v = rule.Find(name + "Path"); v && v->is_string()) {
      return std::string(variable) + " " + std::string(symbol) + " " + v->as_string();
    }
    return "";
  };
  for (auto [op, symbol] : kOperators) {
    if (std::string s = describe(op, symbol); !s.empty()) return s;
  }
  for (auto [op, symbol] : kTypeTests) {
    if (std::string s = describe(op, symbol); !s.empty()) return s;
  }
  return "";
}

std::string Summarize(const json::Value& rule, int depth) {
  if (depth > kMaxDepth || !rule.is_object()) return "…";
  if (const json::Value* c = rule.Find("Condition"); c && c->is_string()) return c->as_string();
  if (const json::Value* a = rule.Find("And"); a && a->is_array()) return Joined(*a, "and", depth);
  if (const json::Value* o = rule.Find("Or"); o && o->is_array()) return Joined(*o, "or", depth);
  if (const json::Value* n = rule.Find("Not")) return "not(" + Summarize(*n, depth + 1) + ")";
  const json::Value* variable = rule.Find("Variable");
  std::string name = variable && variable->is_string() ? variable->as_string() : "?";
  std::string s = Comparison(rule, name);
  return s.empty() ? "rule" : s;
}

// Cuts at a UTF-8 character boundary.
std::string Shorten(std::string s) {
  if (s.size() <= kMaxLabelLength) return s;
  size_t cut = kMaxLabelLength - 1;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "…";
}

}  // namespace

std::string RuleLabel(const json::Value& rule) { return Shorten(Summarize(rule, 0)); }

std::string ErrorListLabel(const json::Value* error_equals) {
  std::string out;
  if (error_equals == nullptr) return out;
  for (const json::Value& e : error_equals->as_array()) {
    if (!e.is_string()) continue;
    if (!out.empty()) out += ", ";
    out += e.as_string();
  }
  return Shorten(out);
}

}  // namespace asl::graph
