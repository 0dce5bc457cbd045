// The documents the fuzz targets evaluate paths, calls and expressions against: an input,
// a context object and variables, shaped like what a state sees.
#ifndef ASL_TESTS_FUZZ_FIXED_DOCUMENT_H_
#define ASL_TESTS_FUZZ_FIXED_DOCUMENT_H_

#include <string_view>

#include "core/json/value.h"
#include "core/path/environment.h"

namespace asl::fuzz {

const json::Value& FixedInput();
const json::Value& FixedContext();

// Variables "$x" (a number), "$items" (an array) and "$obj" (an object).
class FixedVariables : public path::VariableLookup {
 public:
  const json::Value* FindVariable(std::string_view name) const override;
};

// An environment over the three above, valid for the program's lifetime.
const path::Environment& FixedEnvironment();

}  // namespace asl::fuzz

#endif  // ASL_TESTS_FUZZ_FIXED_DOCUMENT_H_
