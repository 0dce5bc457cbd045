#include "core/intrinsics/function.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace asl::intrinsics {
namespace {

constexpr size_t kVariadic = SIZE_MAX;

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

const std::vector<FunctionInfo>& AllFunctions() {
  using K = ArgKind;
  static const std::vector<FunctionInfo> kFunctions = {
      {Function::kFormat,
       "States.Format",
       1,
       kVariadic,
       {{"template", K::kString}, {"value", K::kAny}}},
      {Function::kStringToJson, "States.StringToJson", 1, 1, {{"string", K::kString}}},
      {Function::kJsonToString, "States.JsonToString", 1, 1, {{"value", K::kAny}}},
      {Function::kArray, "States.Array", 0, kVariadic, {{"value", K::kAny}}},
      {Function::kArrayPartition,
       "States.ArrayPartition",
       2,
       2,
       {{"array", K::kArray}, {"chunk size", K::kInteger}}},
      {Function::kArrayContains,
       "States.ArrayContains",
       2,
       2,
       {{"array", K::kArray}, {"value", K::kAny}}},
      {Function::kArrayRange,
       "States.ArrayRange",
       3,
       3,
       {{"start", K::kInteger}, {"end", K::kInteger}, {"step", K::kInteger}}},
      {Function::kArrayGetItem,
       "States.ArrayGetItem",
       2,
       2,
       {{"array", K::kArray}, {"index", K::kInteger}}},
      {Function::kArrayLength, "States.ArrayLength", 1, 1, {{"array", K::kArray}}},
      {Function::kArrayUnique, "States.ArrayUnique", 1, 1, {{"array", K::kArray}}},
      {Function::kBase64Encode, "States.Base64Encode", 1, 1, {{"string", K::kString}}},
      {Function::kBase64Decode, "States.Base64Decode", 1, 1, {{"base64 string", K::kString}}},
      {Function::kHash, "States.Hash", 2, 2, {{"data", K::kAny}, {"algorithm", K::kString}}},
      {Function::kJsonMerge,
       "States.JsonMerge",
       3,
       3,
       {{"object", K::kObject}, {"object", K::kObject}, {"deep merge flag", K::kBoolean}}},
      {Function::kMathRandom,
       "States.MathRandom",
       2,
       3,
       {{"start", K::kNumber}, {"end", K::kNumber}, {"seed", K::kNumber}}},
      {Function::kMathAdd,
       "States.MathAdd",
       2,
       2,
       {{"number", K::kNumber}, {"number", K::kNumber}}},
      {Function::kStringSplit,
       "States.StringSplit",
       2,
       2,
       {{"string", K::kString}, {"delimiters", K::kString}}},
      {Function::kUuid, "States.UUID", 0, 0, {}},
  };
  return kFunctions;
}

const FunctionInfo& InfoOf(Function function) {
  return AllFunctions()[static_cast<size_t>(function)];
}

const FunctionInfo* FindFunction(std::string_view name) {
  for (const FunctionInfo& info : AllFunctions()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::optional<std::string_view> SuggestFunction(std::string_view name) {
  std::optional<std::string_view> best;
  size_t best_distance = 4;
  std::string qualified =
      name.find('.') == std::string_view::npos ? "States." + std::string(name) : std::string(name);
  for (const FunctionInfo& info : AllFunctions()) {
    size_t d = EditDistance(qualified, info.name);
    if (d < best_distance) {
      best_distance = d;
      best = info.name;
    }
  }
  return best;
}

}  // namespace asl::intrinsics
