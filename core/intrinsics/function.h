// The 18 intrinsic functions of the ASL spec ("Intrinsic Functions") and AWS's guide
// ("Intrinsic functions for JSONPath states"): names, arity and argument kinds.
#ifndef ASL_CORE_INTRINSICS_FUNCTION_H_
#define ASL_CORE_INTRINSICS_FUNCTION_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace asl::intrinsics {

enum class Function : uint8_t {
  kFormat,
  kStringToJson,
  kJsonToString,
  kArray,
  kArrayPartition,
  kArrayContains,
  kArrayRange,
  kArrayGetItem,
  kArrayLength,
  kArrayUnique,
  kBase64Encode,
  kBase64Decode,
  kHash,
  kJsonMerge,
  kMathRandom,
  kMathAdd,
  kStringSplit,
  kUuid,
};

// What a literal argument must be; values from paths and nested calls are checked when
// the call is evaluated.
enum class ArgKind : uint8_t { kAny, kString, kInteger, kNumber, kBoolean, kArray, kObject };

struct Param {
  std::string_view name;
  ArgKind kind;
};

struct FunctionInfo {
  Function function;
  std::string_view name;  // "States.Format"
  size_t min_args;
  size_t max_args;            // SIZE_MAX for variadic functions.
  std::vector<Param> params;  // The last one repeats for variadic functions.
};

const std::vector<FunctionInfo>& AllFunctions();
const FunctionInfo& InfoOf(Function function);
const FunctionInfo* FindFunction(std::string_view name);
// The known function closest to `name` (edit distance, ignoring case), if close enough.
std::optional<std::string_view> SuggestFunction(std::string_view name);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_FUNCTION_H_
