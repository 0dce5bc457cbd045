#include "core/validate/rules/rule_context.h"

namespace asl::validate {

std::string Describe(const model::State& state) {
  constexpr std::string_view kMiddle = " state '";
  std::string_view type = model::StateTypeName(state.type);
  std::string out;
  out.reserve(type.size() + kMiddle.size() + state.name.size() + 1);
  out += type;
  out += kMiddle;
  out += state.name;
  out += '\'';
  return out;
}

std::string Quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

}  // namespace asl::validate
