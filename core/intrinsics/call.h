// The syntax tree of an intrinsic function call such as States.Format('{}', $.a), built once
// by ParseCall and evaluated many times.
#ifndef ASL_CORE_INTRINSICS_CALL_H_
#define ASL_CORE_INTRINSICS_CALL_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/intrinsics/function.h"
#include "core/json/value.h"
#include "core/path/path.h"

namespace asl::intrinsics {

struct Call;

struct Argument {
  enum class Kind : uint8_t { kLiteral, kPath, kCall };
  Kind kind = Kind::kLiteral;
  json::Value literal;               // kLiteral: a string, number, boolean or null.
  std::string raw;                   // kLiteral strings: the text between the quotes.
  std::optional<path::Path> path;    // kPath: $..., $$... or $variable...
  std::shared_ptr<const Call> call;  // kCall: a nested call.
  size_t offset = 0;                 // Where the argument stands in the call's text.
  size_t length = 0;
};

struct Call {
  Function function = Function::kUuid;
  std::vector<Argument> args;
  size_t offset = 0;  // Where the call stands in the text.
  size_t length = 0;
};

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_CALL_H_
