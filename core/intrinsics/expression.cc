#include "core/intrinsics/expression.h"

#include <utility>

#include "core/intrinsics/call_parser.h"
#include "core/json/writer.h"

namespace asl::intrinsics {

std::variant<Expression, path::PathProblem> Expression::Compile(std::string_view text) {
  Expression expression;
  if (LooksLikeCall(text)) {
    auto parsed = Intrinsic::Parse(text);
    if (auto* problem = std::get_if<path::PathProblem>(&parsed)) return std::move(*problem);
    expression.intrinsic_ = std::move(std::get<Intrinsic>(parsed));
    return expression;
  }
  auto parsed = path::Path::Parse(text);
  if (auto* problem = std::get_if<path::PathProblem>(&parsed)) {
    if (!text.empty() && text[0] != '$') {
      problem->message =
          "A field ending in '.$' must hold a path ($.field, $$.Context or $variable) or an "
          "intrinsic call such as States.Format('{}', $.a); '" +
          std::string(text) + "' is neither.";
      problem->offset = 0;
      problem->length = text.size();
    }
    return std::move(*problem);
  }
  expression.path_ = std::move(std::get<path::Path>(parsed));
  return expression;
}

const std::string& Expression::text() const {
  return intrinsic_ ? intrinsic_->text() : path_->text();
}

Result Expression::Evaluate(const path::Environment& env, RandomSource* random,
                            std::string_view field) const {
  if (intrinsic_) return intrinsic_->Evaluate(env, random);
  auto value = path_->Evaluate(env);
  if (value) return std::move(*value);
  static const json::Value kNull;
  return Failure{kRuntime, "The JSONPath '" + path_->text() + "' specified for the field '" +
                               std::string(field) + "' could not be found in the input '" +
                               json::Serialize(env.input ? *env.input : kNull) + "'"};
}

}  // namespace asl::intrinsics
