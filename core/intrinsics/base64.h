// Base64 with the standard alphabet and padding (RFC 4648 section 4), for
// States.Base64Encode and States.Base64Decode.
#ifndef ASL_CORE_INTRINSICS_BASE64_H_
#define ASL_CORE_INTRINSICS_BASE64_H_

#include <optional>
#include <string>
#include <string_view>

namespace asl::intrinsics {

std::string Base64Encode(std::string_view bytes);
// nullopt when `text` is not padded standard Base64 (length a multiple of 4).
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_BASE64_H_
