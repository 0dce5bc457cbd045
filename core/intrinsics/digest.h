// Message digests for States.Hash, implemented here (no OpenSSL in the WASM build):
// MD5 (RFC 1321), SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4).
#ifndef ASL_CORE_INTRINSICS_DIGEST_H_
#define ASL_CORE_INTRINSICS_DIGEST_H_

#include <optional>
#include <string>
#include <string_view>

namespace asl::intrinsics {

// The lowercase hex digest of `data` (its UTF-8 bytes) under `algorithm` ("MD5", "SHA-1",
// "SHA-256", "SHA-384", "SHA-512"); nullopt for another algorithm name.
std::optional<std::string> HexDigest(std::string_view algorithm, std::string_view data);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_DIGEST_H_
