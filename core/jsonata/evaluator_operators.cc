// Operators: arithmetic, comparison, boolean, string concatenation, range, inclusion,
// unary minus and the array constructor.
#include <cmath>

#include "core/jsonata/evaluator.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

// isNumeric of the reference: false for non-numbers; a non-finite number is an error
// (D1001), reported through *non_finite.
bool IsNumeric(const Value& v, bool* non_finite) {
  if (!v.IsNumber()) return false;
  if (!std::isfinite(v.AsNumber())) *non_finite = true;
  return true;
}

// JavaScript's === for the `in` operator: scalars by value, structures by identity.
bool StrictEqual(const Value& a, const Value& b) {
  if (a.kind() == Value::Kind::kJson && b.kind() == Value::Kind::kJson) {
    const json::Value& x = a.json();
    const json::Value& y = b.json();
    if (x.is_number() && y.is_number()) return x.as_double() == y.as_double();
    if (x.type() != y.type()) return false;
    if (x.is_array() || x.is_object()) return x.SameAs(y);
    return x == y;
  }
  return a.kind() == b.kind() && a.Identity() == b.Identity() && a.Identity() != nullptr;
}

}  // namespace

Value Evaluator::EvalBinary(const Node* expr, const Value& input,
                            const std::shared_ptr<Frame>& env) {
  Value lhs = Eval(expr->lhs.get(), input, env);
  if (failed()) return Value();
  const std::string& op = expr->value;
  if (op == "and" || op == "or") {
    bool l = Truthy(lhs).value_or(false);
    if (op == "and" && !l) return Value::Bool(false);
    if (op == "or" && l) return Value::Bool(true);
    Value rhs = Eval(expr->rhs.get(), input, env);
    if (failed()) return Value();
    return Value::Bool(Truthy(rhs).value_or(false));
  }
  Value rhs = Eval(expr->rhs.get(), input, env);
  if (failed()) return Value();
  auto fail = [&](const char* code, const Value& v, const Value& v2 = Value()) {
    Fail(MakeError(code, expr->position, op, FormatForMessage(v), FormatForMessage(v2)));
    return Value();
  };
  if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%") {
    bool non_finite = false;
    if (lhs.IsDefined() && !IsNumeric(lhs, &non_finite)) return fail("T2001", lhs);
    if (rhs.IsDefined() && !IsNumeric(rhs, &non_finite)) return fail("T2002", rhs);
    if (non_finite)
      return fail("D1001", lhs.IsNumber() && !std::isfinite(lhs.AsNumber()) ? lhs : rhs);
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    const double a = lhs.AsNumber();
    const double b = rhs.AsNumber();
    double r = 0;
    switch (op[0]) {
      case '+':
        r = a + b;
        break;
      case '-':
        r = a - b;
        break;
      case '*':
        r = a * b;
        break;
      case '/':
        r = a / b;
        break;
      default:
        r = std::fmod(a, b);
        break;
    }
    return Value::Number(r);
  }
  if (op == "=" || op == "!=") {
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value::Bool(false);
    bool eq = DeepEqual(lhs, rhs);
    return Value::Bool(op == "=" ? eq : !eq);
  }
  if (op == "<" || op == "<=" || op == ">" || op == ">=") {
    auto comparable = [](const Value& v) {
      return v.IsUndefined() || v.IsString() || v.IsNumber();
    };
    if (!comparable(lhs) || !comparable(rhs)) {
      return fail("T2010", !(lhs.IsString() || lhs.IsNumber()) ? lhs : rhs);
    }
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    if (lhs.IsString() != rhs.IsString()) return fail("T2009", lhs, rhs);
    int c = 0;
    if (lhs.IsString()) {
      c = lhs.AsString().compare(rhs.AsString());
    } else {
      double a = lhs.AsNumber(), b = rhs.AsNumber();
      c = a < b ? -1 : (a > b ? 1 : 0);
    }
    bool r = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
    return Value::Bool(r);
  }
  if (op == "&") {
    std::string parts[2];
    const Value* operands[2] = {&lhs, &rhs};
    for (int i = 0; i < 2; ++i) {
      const Value& v = *operands[i];
      if (v.IsUndefined() || v.IsString()) continue;
      std::optional<std::string> text = StringifyCharged(v, 0, expr->position);
      if (!text) return Value();
      parts[i] = std::move(*text);
    }
    auto text_of = [&](int i) -> const std::string& {
      return operands[i]->IsString() ? operands[i]->AsString() : parts[i];
    };
    if (!ChargeString(text_of(0).size() + text_of(1).size(), expr->position)) return Value();
    std::string out;
    out.reserve(text_of(0).size() + text_of(1).size());
    out += text_of(0);
    out += text_of(1);
    return Value::String(std::move(out));
  }
  if (op == "..") {
    auto is_int = [](const Value& v) {
      return v.IsNumber() && v.AsNumber() == std::floor(v.AsNumber());
    };
    if (lhs.IsDefined() && !is_int(lhs)) return fail("T2003", lhs);
    if (rhs.IsDefined() && !is_int(rhs)) return fail("T2004", rhs);
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    const double a = lhs.AsNumber(), b = rhs.AsNumber();
    if (a > b) return Value();
    const double size = b - a + 1;
    if (size > 1e7) {
      Fail(MakeError("D2014", expr->position, op, FormatNumber(size)));
      return Value();
    }
    auto seq = NewSequence();
    seq->is_range = true;
    seq->range_start = static_cast<int64_t>(a);
    seq->range_size = static_cast<size_t>(size);
    return Value(seq);
  }
  if (op == "in") {
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value::Bool(false);
    if (!rhs.IsArray()) return Value::Bool(StrictEqual(lhs, rhs));
    for (size_t i = 0, n = rhs.Size(); i < n; ++i) {
      if (StrictEqual(rhs.At(i), lhs)) return Value::Bool(true);
    }
    return Value::Bool(false);
  }
  return Value();
}

Value Evaluator::EvalUnary(const Node* expr, const Value& input,
                           const std::shared_ptr<Frame>& env) {
  if (expr->value == "-") {
    Value v = Eval(expr->expression.get(), input, env);
    if (failed() || v.IsUndefined()) return Value();
    bool non_finite = false;
    if (IsNumeric(v, &non_finite)) {
      if (non_finite) {
        Fail(MakeError("D1001", expr->position, "-", FormatNumber(v.AsNumber())));
        return Value();
      }
      return Value::Number(-v.AsNumber());
    }
    Fail(MakeError("D1002", expr->position, "-", FormatForMessage(v)));
    return Value();
  }
  if (expr->value == "[") {
    auto result = NewArray();
    for (const NodePtr& item : expr->expressions) {
      Value value = Eval(item.get(), input, env);
      if (failed()) return Value();
      if (value.IsUndefined()) continue;
      if (item->type == NodeType::kUnary && item->value == "[") {
        result->items.push_back(std::move(value));
      } else if (const ArrayNode* range = value.array_node();
                 range != nullptr && range->is_range && expr->expressions.size() == 1) {
        // `[a..b]` alone: the array is the range itself, still unmaterialized.
        result->is_range = true;
        result->range_start = range->range_start;
        result->range_size = range->range_size;
      } else if (value.IsArray()) {
        const size_t n = value.Size();
        result->items.reserve(result->items.size() + n);
        for (size_t i = 0; i < n; ++i) {
          if (!Charge(1, expr->position)) return Value();
          result->items.push_back(value.At(i));
        }
      } else {
        result->items.push_back(std::move(value));
      }
    }
    if (expr->cons_array) result->cons = true;
    return Value(result);
  }
  if (expr->value == "{") return EvalObject(expr->pairs, expr->position, input, env);
  return Value();
}

}  // namespace asl::jsonata
