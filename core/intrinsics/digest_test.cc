#include "core/intrinsics/digest.h"

#include <gtest/gtest.h>

#include "core/intrinsics/base64.h"

namespace asl::intrinsics {
namespace {

TEST(DigestTest, KnownVectors) {
  // "input data" digests as AWS returned them in recorded executions.
  EXPECT_EQ(*HexDigest("MD5", "input data"), "812f45842bc6d66ee14572ce20db8e86");
  EXPECT_EQ(*HexDigest("SHA-1", "input data"), "aaff4a450a104cd177d28d18d74485e8cae074b7");
  EXPECT_EQ(*HexDigest("SHA-256", "input data"),
            "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3");
  EXPECT_EQ(*HexDigest("SHA-384", "input data"),
            "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9"
            "e9374a15562");
  EXPECT_EQ(*HexDigest("SHA-512", "input data"),
            "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593"
            "fc50283731a533d30d425402d4f91316d871303aac4");
}

TEST(DigestTest, EmptyAndMultiBlockInputs) {
  std::string long_input(200, 'a');
  EXPECT_EQ(*HexDigest("MD5", ""), "d41d8cd98f00b204e9800998ecf8427e");
  EXPECT_EQ(*HexDigest("MD5", long_input), "887f30b43b2867f4a9accceee7d16e6c");
  EXPECT_EQ(*HexDigest("SHA-1", ""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(*HexDigest("SHA-1", long_input), "e61cfffe0d9195a525fc6cf06ca2d77119c24a40");
  EXPECT_EQ(*HexDigest("SHA-256", long_input),
            "c2a908d98f5df987ade41b5fce213067efbcc21ef2240212a41e54b5e7c28ae5");
  EXPECT_EQ(*HexDigest("SHA-384", ""),
            "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2"
            "f14898b95b");
  EXPECT_EQ(*HexDigest("SHA-512", long_input),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef82"
            "7cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
  EXPECT_EQ(*HexDigest("SHA-256", "h\xC3\xA9llo \xE2\x9C\x93 \xF0\x9F\x9A\x80"),
            "da777d448f1eaf26196f5cfd828e2bfb1c93bf301e65392719cf28ddf8b0deef");
  EXPECT_FALSE(HexDigest("SHA-3", "x").has_value());
}

TEST(Base64Test, RoundTripsAndRejectsInvalidText) {
  EXPECT_EQ(Base64Encode("Hello World"), "SGVsbG8gV29ybGQ=");
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("ab"), "YWI=");
  EXPECT_EQ(Base64Encode("abc"), "YWJj");
  EXPECT_EQ(*Base64Decode("SGVsbG8gV29ybGQ="), "Hello World");
  EXPECT_EQ(*Base64Decode("YWI="), "ab");
  EXPECT_EQ(*Base64Decode(""), "");
  EXPECT_FALSE(Base64Decode("YWI").has_value());
  EXPECT_FALSE(Base64Decode("Y=WI").has_value());
  EXPECT_FALSE(Base64Decode("YW!=").has_value());
}

}  // namespace
}  // namespace asl::intrinsics
