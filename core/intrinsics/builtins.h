// Internal: the implementations of the 18 functions, grouped by family, and the helpers
// they share. Each takes the evaluated arguments (arity already checked by the parser).
#ifndef ASL_CORE_INTRINSICS_BUILTINS_H_
#define ASL_CORE_INTRINSICS_BUILTINS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/intrinsics/call.h"
#include "core/intrinsics/failure.h"
#include "core/intrinsics/random_source.h"

namespace asl::intrinsics::internal {

// AWS's limit on the input of States.Base64Encode, States.Base64Decode and States.Hash.
inline constexpr size_t kMaxEncodedCharacters = 10000;
// AWS's limit on the items States.ArrayRange creates.
inline constexpr int64_t kMaxRangeItems = 1000;

struct Invocation {
  const Call& call;
  const std::vector<json::Value>& args;
  RandomSource* random;
};

// States.IntrinsicFailure: "The <param> argument of <function> must be <requirement>; got
// <value as JSON>."
Failure ArgumentFailure(const Invocation& in, size_t index, std::string_view requirement);
// States.IntrinsicFailure with a cause of the function's own.
Failure IntrinsicFailure(std::string cause);
std::string FunctionName(const Invocation& in);

// The integer an int or an integral double holds.
std::optional<int64_t> AsInteger(const json::Value& v);
// Java's Math.round: floor(x + 0.5), as AWS rounds numbers given to math functions.
int64_t JavaRound(double x);
// The string's length in UTF-16 code units, as Java counts characters.
size_t Utf16Length(std::string_view utf8);

Result CallArrayFunction(const Invocation& in);     // Array, ArrayPartition, ArrayContains,
                                                    // ArrayRange, ArrayGetItem, ArrayLength,
                                                    // ArrayUnique
Result CallJsonFunction(const Invocation& in);      // StringToJson, JsonToString, JsonMerge
Result CallStringFunction(const Invocation& in);    // Format, StringSplit
Result CallEncodingFunction(const Invocation& in);  // Base64Encode, Base64Decode, Hash
Result CallMathFunction(const Invocation& in);      // MathRandom, MathAdd, UUID

}  // namespace asl::intrinsics::internal

#endif  // ASL_CORE_INTRINSICS_BUILTINS_H_
