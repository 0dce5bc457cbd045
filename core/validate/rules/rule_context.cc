#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

void Visit(const model::StateMachine& machine, bool is_root,
           const std::function<void(const model::StateMachine&, bool)>& visit) {
  // Depth is bounded by model::kMaxNesting: the builder stops nesting there.
  visit(machine, is_root);
  for (const model::State& state : machine.states) {
    if (const auto* parallel = state.As<model::ParallelState>()) {
      for (const model::StateMachine& branch : parallel->branches) Visit(branch, false, visit);
    } else if (const auto* map = state.As<model::MapState>()) {
      if (map->item_processor) Visit(*map->item_processor, false, visit);
    }
  }
}

}  // namespace

void ForEachMachine(const model::StateMachine& machine,
                    const std::function<void(const model::StateMachine&, bool)>& visit) {
  Visit(machine, true, visit);
}

void ForEachState(const model::StateMachine& machine,
                  const std::function<void(const model::State&)>& visit) {
  ForEachMachine(machine, [&](const model::StateMachine& m, bool) {
    for (const model::State& state : m.states) visit(state);
  });
}

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
