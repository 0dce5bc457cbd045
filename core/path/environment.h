// What a path or payload template reads from: the state's input ($), the context object ($$)
// and the variables in scope ($name), as defined by ASL "Paths", "Context object" and
// "Variables". The environment only points at values the caller owns.
#ifndef ASL_CORE_PATH_ENVIRONMENT_H_
#define ASL_CORE_PATH_ENVIRONMENT_H_

#include <string_view>

#include "core/json/value.h"

namespace asl::path {

// Looks variables up by name (without the '$'); nullptr when the name is not in scope.
class VariableLookup {
 public:
  virtual ~VariableLookup() = default;
  virtual const json::Value* FindVariable(std::string_view name) const = 0;
};

struct Environment {
  const json::Value* input = nullptr;         // $; a missing input reads as null.
  const json::Value* context = nullptr;       // $$; a missing context reads as null.
  const VariableLookup* variables = nullptr;  // $name; no lookup means no variables.
};

}  // namespace asl::path

#endif  // ASL_CORE_PATH_ENVIRONMENT_H_
