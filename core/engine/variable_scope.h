// Variables ("Assign", read as $name) and their scopes.
//
// The execution has one scope; each Parallel branch and Map iteration gets its own scope whose
// reads fall through to the enclosing ones and whose assignments stay local
// (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html#variable-scope).
#ifndef ASL_CORE_ENGINE_VARIABLE_SCOPE_H_
#define ASL_CORE_ENGINE_VARIABLE_SCOPE_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "core/json/value.h"
#include "core/path/environment.h"

namespace asl::engine {

class VariableScope : public path::VariableLookup {
 public:
  explicit VariableScope(std::shared_ptr<const VariableScope> parent = nullptr)
      : parent_(std::move(parent)) {}

  const json::Value* FindVariable(std::string_view name) const override;
  // Sets every member of `assignments` (an object) in this scope at once.
  void AssignAll(const json::Value& assignments);
  // This scope's own variables (an object; null before the first assignment).
  const json::Value& own() const { return own_; }
  // Every variable visible here, inner scopes shadowing outer ones, as one object.
  json::Value Visible() const;
  // The bytes this scope's own variables count against the execution's variable quota, as the
  // interpreter measured them (0 once the scope went out of scope).
  int64_t stored_bytes() const { return stored_bytes_; }
  void set_stored_bytes(int64_t bytes) { stored_bytes_ = bytes; }

 private:
  std::shared_ptr<const VariableScope> parent_;
  json::Value own_;
  int64_t stored_bytes_ = 0;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_VARIABLE_SCOPE_H_
