#include "core/engine/jsonata_template.h"

#include <string_view>
#include <utility>

namespace asl::engine {
namespace {

constexpr int kMaxDepth = 200;
using Outcome = std::variant<json::Value, JsonataProblem>;

// The expression text of a "{% ... %}" string, or false.
bool ExpressionOf(const json::Value& v, std::string_view* expr) {
  if (!v.is_string()) return false;
  std::string_view s = v.as_string();
  if (s.size() < 4 || s.substr(0, 2) != "{%" || s.substr(s.size() - 2) != "%}") return false;
  *expr = s.substr(2, s.size() - 4);
  return true;
}

std::string Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  return std::string(s);
}

Outcome Walk(const json::Value& v, const std::string& field, const jsonata::Bindings& bindings,
             int depth) {
  if (depth > kMaxDepth) return JsonataProblem{"The field '" + field + "' is nested too deeply."};
  std::string_view expr;
  if (ExpressionOf(v, &expr)) {
    std::string text = Trimmed(expr);
    auto compiled = jsonata::Compile(text);
    if (auto* e = std::get_if<jsonata::Error>(&compiled)) {
      return JsonataProblem{"The JSONata expression '" + text + "' specified for the field '" +
                            field + "' threw an error during evaluation. " + e->message};
    }
    jsonata::Result r =
        jsonata::Evaluate(std::get<jsonata::Expression>(compiled), std::nullopt, bindings);
    if (r.kind == jsonata::Result::Kind::kError) {
      return JsonataProblem{"An error occurred while evaluating the JSONata expression '" + text +
                            "' specified for the field '" + field + "': " + r.error.message};
    }
    if (r.is_undefined()) {
      return JsonataProblem{"The JSONata expression '" + text + "' specified for the field '" +
                            field + "' returned nothing (undefined)."};
    }
    return std::move(r.value);
  }
  if (v.is_object()) {
    json::Members members;
    for (const auto& [key, child] : v.as_object()) {
      Outcome out = Walk(child, field + "/" + key, bindings, depth + 1);
      if (std::holds_alternative<JsonataProblem>(out)) return out;
      members.push_back({key, std::get<json::Value>(std::move(out))});
    }
    return json::Value(std::move(members));
  }
  if (v.is_array()) {
    json::Array items;
    for (const json::Value& child : v.as_array()) {
      Outcome out = Walk(child, field, bindings, depth + 1);
      if (std::holds_alternative<JsonataProblem>(out)) return out;
      items.push_back(std::get<json::Value>(std::move(out)));
    }
    return json::Value(std::move(items));
  }
  return v;
}

}  // namespace

Outcome EvaluateJsonataTemplate(const json::Value& tmpl, const std::string& field,
                                const jsonata::Bindings& bindings) {
  return Walk(tmpl, field, bindings, 0);
}

}  // namespace asl::engine
