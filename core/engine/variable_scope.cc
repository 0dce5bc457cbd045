#include "core/engine/variable_scope.h"

namespace asl::engine {

const json::Value* VariableScope::FindVariable(std::string_view name) const {
  for (const VariableScope* scope = this; scope != nullptr; scope = scope->parent_.get()) {
    if (const json::Value* v = scope->own_.Find(name)) return v;
  }
  return nullptr;
}

void VariableScope::AssignAll(const json::Value& assignments) {
  for (const json::Member& m : assignments.as_object()) own_ = own_.With(m.key, m.value);
}

json::Value VariableScope::Visible() const {
  json::Value out = parent_ ? parent_->Visible() : json::Value(json::Members{});
  for (const json::Member& m : own_.as_object()) out = out.With(m.key, m.value);
  return out;
}

}  // namespace asl::engine
