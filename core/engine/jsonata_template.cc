#include "core/engine/jsonata_template.h"

#include <string_view>
#include <utility>
#include <vector>

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

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string Trimmed(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

struct JsonataTemplate::Node {
  enum class Kind : uint8_t { kLiteral, kExpression, kObject, kArray, kTooDeep };
  Kind kind = Kind::kLiteral;
  json::Value literal;   // kLiteral: the value as written (a subtree without expressions).
  std::string location;  // "Output/result": the field and object keys down to this node.
  std::string text;      // kExpression: the trimmed expression.
  std::optional<jsonata::Expression> expression;
  std::optional<jsonata::Error> syntax_error;
  std::vector<std::string> keys;  // kObject, in order.
  std::vector<Node> children;     // kObject (by key) and kArray.

  static bool HasExpression(const json::Value& v, int depth) {
    if (depth > kMaxDepth) return true;
    std::string_view expr;
    if (ExpressionOf(v, &expr)) return true;
    if (v.is_object()) {
      for (const json::Member& m : v.as_object()) {
        if (HasExpression(m.value, depth + 1)) return true;
      }
    } else if (v.is_array()) {
      for (const json::Value& item : v.as_array()) {
        if (HasExpression(item, depth + 1)) return true;
      }
    }
    return false;
  }

  static Node Build(const json::Value& v, std::string location, int depth) {
    Node node;
    node.location = std::move(location);
    if (depth > kMaxDepth) {
      node.kind = Kind::kTooDeep;
      return node;
    }
    std::string_view expr;
    if (ExpressionOf(v, &expr)) {
      node.kind = Kind::kExpression;
      node.text = Trimmed(expr);
      auto compiled = jsonata::Compile(node.text);
      if (auto* e = std::get_if<jsonata::Error>(&compiled)) {
        node.syntax_error = std::move(*e);
      } else {
        node.expression = std::get<jsonata::Expression>(std::move(compiled));
      }
      return node;
    }
    if (!HasExpression(v, depth)) {
      node.literal = v;
      return node;
    }
    if (v.is_object()) {
      node.kind = Kind::kObject;
      for (const json::Member& m : v.as_object()) {
        node.keys.push_back(m.key);
        node.children.push_back(Build(m.value, node.location + "/" + m.key, depth + 1));
      }
    } else {
      node.kind = Kind::kArray;
      for (const json::Value& item : v.as_array()) {
        node.children.push_back(Build(item, node.location, depth + 1));
      }
    }
    return node;
  }

  Outcome Run(const jsonata::Bindings& bindings, const jsonata::Limits& limits) const {
    switch (kind) {
      case Kind::kLiteral:
        return literal;
      case Kind::kTooDeep:
        return JsonataProblem{"The field '" + location + "' is nested too deeply.", location};
      case Kind::kExpression:
        return RunExpression(bindings, limits);
      case Kind::kObject: {
        json::Members members;
        members.reserve(children.size());
        for (size_t i = 0; i < children.size(); ++i) {
          Outcome out = children[i].Run(bindings, limits);
          if (std::holds_alternative<JsonataProblem>(out)) return out;
          members.push_back({keys[i], std::get<json::Value>(std::move(out))});
        }
        return json::Value(std::move(members));
      }
      case Kind::kArray: {
        json::Array items;
        items.reserve(children.size());
        for (const Node& child : children) {
          Outcome out = child.Run(bindings, limits);
          if (std::holds_alternative<JsonataProblem>(out)) return out;
          items.push_back(std::get<json::Value>(std::move(out)));
        }
        return json::Value(std::move(items));
      }
    }
    return literal;
  }

  Outcome RunExpression(const jsonata::Bindings& bindings, const jsonata::Limits& limits) const {
    std::string named =
        "The JSONata expression '" + text + "' specified for the field '" + location + "'";
    if (!expression) {
      return JsonataProblem{named + " threw an error during evaluation. " + syntax_error->message,
                            location};
    }
    jsonata::Result r = jsonata::Evaluate(*expression, std::nullopt, bindings, limits);
    if (r.kind == jsonata::Result::Kind::kError) {
      return JsonataProblem{"An error occurred while evaluating the JSONata expression '" + text +
                                "' specified for the field '" + location + "': " + r.error.message,
                            location};
    }
    if (r.is_undefined()) return JsonataProblem{named + " returned nothing (undefined).", location};
    if (r.function)
      return JsonataProblem{named + " returned an unsupported result type.", location};
    return std::move(r.value);
  }
};

JsonataTemplate JsonataTemplate::Compile(const json::Value& tmpl, const std::string& field) {
  JsonataTemplate out;
  out.root_ = std::make_shared<const Node>(Node::Build(tmpl, field, 0));
  return out;
}

JsonataTemplate JsonataTemplate::Compile(const std::optional<json::Value>& tmpl,
                                         const std::string& field) {
  return tmpl ? Compile(*tmpl, field) : JsonataTemplate();
}

bool JsonataTemplate::is_expression() const {
  return root_ != nullptr && root_->kind == Node::Kind::kExpression;
}

std::string JsonataTemplate::expression_text() const {
  return is_expression() ? root_->text : std::string();
}

std::variant<json::Value, JsonataProblem> JsonataTemplate::Evaluate(
    const jsonata::Bindings& bindings, const jsonata::Limits& limits) const {
  if (root_ == nullptr) return json::Value();
  return root_->Run(bindings, limits);
}

}  // namespace asl::engine
