// States.Base64Encode, States.Base64Decode and States.Hash (AWS "Intrinsics for data
// encoding and decoding" and "Intrinsic for hash calculation"). Each input is limited to
// 10,000 characters.
#include <string>

#include "core/intrinsics/base64.h"
#include "core/intrinsics/builtins.h"
#include "core/intrinsics/digest.h"

namespace asl::intrinsics::internal {
namespace {

std::optional<Failure> CheckLength(const Invocation& in, size_t index) {
  size_t length = Utf16Length(in.args[index].as_string());
  if (length <= kMaxEncodedCharacters) return std::nullopt;
  const FunctionInfo& info = InfoOf(in.call.function);
  return IntrinsicFailure("The " + std::string(info.params[index].name) + " argument of " +
                          std::string(info.name) + " can have at most 10000 characters; it has " +
                          std::to_string(length) + ".");
}

Result Encode(const Invocation& in) {
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  if (auto failure = CheckLength(in, 0)) return std::move(*failure);
  return json::Value(Base64Encode(in.args[0].as_string()));
}

Result Decode(const Invocation& in) {
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  if (auto failure = CheckLength(in, 0)) return std::move(*failure);
  auto decoded = Base64Decode(in.args[0].as_string());
  if (!decoded) return ArgumentFailure(in, 0, "valid Base64");
  return json::Value(std::move(*decoded));
}

Result Hash(const Invocation& in) {
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  if (!in.args[1].is_string()) return ArgumentFailure(in, 1, "a string");
  if (auto failure = CheckLength(in, 0)) return std::move(*failure);
  auto digest = HexDigest(in.args[1].as_string(), in.args[0].as_string());
  if (!digest) return ArgumentFailure(in, 1, "one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
  return json::Value(std::move(*digest));
}

}  // namespace

Result CallEncodingFunction(const Invocation& in) {
  switch (in.call.function) {
    case Function::kBase64Encode:
      return Encode(in);
    case Function::kBase64Decode:
      return Decode(in);
    case Function::kHash:
      return Hash(in);
    default:
      return IntrinsicFailure(FunctionName(in) + " is not an encoding function.");
  }
}

}  // namespace asl::intrinsics::internal
