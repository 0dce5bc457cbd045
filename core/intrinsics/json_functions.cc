// States.StringToJson, States.JsonToString and States.JsonMerge (AWS "Intrinsics for JSON
// data manipulation").
#include <string>

#include "core/intrinsics/builtins.h"
#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::intrinsics::internal {
namespace {

bool IsBlank(const std::string& s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// A blank string reads as null, as AWS's recorded executions show.
Result StringToJson(const Invocation& in) {
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  const std::string& text = in.args[0].as_string();
  if (IsBlank(text)) return json::Value();
  std::string error;
  auto value = json::ParseValue(text, &error);
  if (!value) {
    return IntrinsicFailure("The string argument of States.StringToJson is not valid JSON: " +
                            error);
  }
  return std::move(*value);
}

// A shallow merge: members of the second object replace those of the first; AWS rejects a
// deep merge ("the deep merge flag must be false").
Result Merge(const Invocation& in) {
  if (!in.args[0].is_object()) return ArgumentFailure(in, 0, "an object");
  if (!in.args[1].is_object()) return ArgumentFailure(in, 1, "an object");
  if (!in.args[2].is_bool()) return ArgumentFailure(in, 2, "a boolean");
  if (in.args[2].as_bool()) {
    return IntrinsicFailure(
        "States.JsonMerge supports only a shallow merge; its deep merge flag must be false.");
  }
  json::Value merged = in.args[0];
  for (const json::Member& member : in.args[1].as_object()) {
    merged = merged.With(member.key, member.value);
  }
  return merged;
}

}  // namespace

Result CallJsonFunction(const Invocation& in) {
  switch (in.call.function) {
    case Function::kStringToJson:
      return StringToJson(in);
    case Function::kJsonToString:
      return json::Value(json::Serialize(in.args[0]));
    case Function::kJsonMerge:
      return Merge(in);
    default:
      return IntrinsicFailure(FunctionName(in) + " is not a JSON function.");
  }
}

}  // namespace asl::intrinsics::internal
