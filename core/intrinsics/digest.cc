#include "core/intrinsics/digest.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace asl::intrinsics {
namespace {

uint32_t Rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

// Merkle–Damgård padding: 0x80, zeros, then the bit length in `length_bytes` bytes.
std::vector<uint8_t> Pad(std::string_view data, size_t block, size_t length_bytes,
                         bool little_endian) {
  std::vector<uint8_t> out(data.begin(), data.end());
  uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  out.push_back(0x80);
  while ((out.size() + length_bytes) % block != 0) out.push_back(0);
  for (size_t i = 0; i < length_bytes; ++i) {
    size_t shift = little_endian ? i : length_bytes - 1 - i;
    out.push_back(shift < 8 ? static_cast<uint8_t>(bits >> (8 * shift)) : 0);
  }
  return out;
}

uint32_t LoadBe32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}
uint64_t LoadBe64(const uint8_t* p) { return (uint64_t{LoadBe32(p)} << 32) | LoadBe32(p + 4); }

void AppendHex(std::string& out, uint64_t word, int bytes, bool little_endian) {
  static const char kHex[] = "0123456789abcdef";
  for (int i = 0; i < bytes; ++i) {
    int shift = little_endian ? 8 * i : 8 * (bytes - 1 - i);
    uint8_t b = static_cast<uint8_t>(word >> shift);
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
}

// RFC 1321.
std::string Md5(std::string_view data) {
  static const uint32_t kK[64] = {
      0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
      0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
      0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
      0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
      0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
      0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
      0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
      0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
      0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
      0xeb86d391};
  static const int kShift[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
  uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  std::vector<uint8_t> msg = Pad(data, 64, 8, /*little_endian=*/true);
  for (size_t off = 0; off < msg.size(); off += 64) {
    uint32_t m[16];
    for (int i = 0; i < 16; ++i) {
      const uint8_t* p = &msg[off + 4 * i];
      m[i] =
          uint32_t{p[0]} | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16) | (uint32_t{p[3]} << 24);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; ++i) {
      uint32_t f;
      int g;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      uint32_t next = b + Rotl32(a + f + kK[i] + m[g], kShift[i]);
      a = d;
      d = c;
      c = b;
      b = next;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
  }
  std::string out;
  for (uint32_t word : h) AppendHex(out, word, 4, /*little_endian=*/true);
  return out;
}

// FIPS 180-4, SHA-1.
std::string Sha1(std::string_view data) {
  uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::vector<uint8_t> msg = Pad(data, 64, 8, /*little_endian=*/false);
  for (size_t off = 0; off < msg.size(); off += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i) w[i] = LoadBe32(&msg[off + 4 * i]);
    for (int i = 16; i < 80; ++i) w[i] = Rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      uint32_t t = Rotl32(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = Rotl32(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  std::string out;
  for (uint32_t word : h) AppendHex(out, word, 4, false);
  return out;
}

// The constants that tell SHA-256 (32-bit words) from SHA-384/512 (64-bit words),
// FIPS 180-4 sections 4.1.2, 4.1.3, 4.2.2 and 4.2.3.
template <typename Word>
struct Sha2Params;

template <>
struct Sha2Params<uint32_t> {
  static constexpr int kRounds = 64;
  static constexpr int kSigma0[3] = {7, 18, 3};
  static constexpr int kSigma1[3] = {17, 19, 10};
  static constexpr int kSum0[3] = {2, 13, 22};
  static constexpr int kSum1[3] = {6, 11, 25};
  static constexpr uint32_t kK[64] = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
      0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
      0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
      0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
      0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
      0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
      0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
      0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2};
  static uint32_t Load(const uint8_t* p) { return LoadBe32(p); }
};

template <>
struct Sha2Params<uint64_t> {
  static constexpr int kRounds = 80;
  static constexpr int kSigma0[3] = {1, 8, 7};
  static constexpr int kSigma1[3] = {19, 61, 6};
  static constexpr int kSum0[3] = {28, 34, 39};
  static constexpr int kSum1[3] = {14, 18, 41};
  static constexpr uint64_t kK[80] = {
      0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
      0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
      0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
      0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
      0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
      0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
      0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
      0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
      0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
      0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
      0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
      0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
      0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
      0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
      0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
      0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
      0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
      0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
      0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
      0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};
  static uint64_t Load(const uint8_t* p) { return LoadBe64(p); }
};

template <typename Word>
Word Rotr(Word x, int n) {
  return (x >> n) | (x << (8 * sizeof(Word) - n));
}

// SHA-2 over `data` from the initial hash `init`, printing the first `output_words` words.
template <typename Word>
std::string Sha2(std::string_view data, const Word (&init)[8], int output_words) {
  using P = Sha2Params<Word>;
  constexpr size_t kWordBytes = sizeof(Word);
  constexpr size_t kBlock = 16 * kWordBytes;
  Word h[8];
  std::memcpy(h, init, sizeof(h));
  std::vector<uint8_t> msg = Pad(data, kBlock, 2 * kWordBytes, /*little_endian=*/false);
  for (size_t off = 0; off < msg.size(); off += kBlock) {
    Word w[P::kRounds];
    for (int i = 0; i < 16; ++i) w[i] = P::Load(&msg[off + kWordBytes * i]);
    for (int i = 16; i < P::kRounds; ++i) {
      Word s0 = Rotr(w[i - 15], P::kSigma0[0]) ^ Rotr(w[i - 15], P::kSigma0[1]) ^
                (w[i - 15] >> P::kSigma0[2]);
      Word s1 = Rotr(w[i - 2], P::kSigma1[0]) ^ Rotr(w[i - 2], P::kSigma1[1]) ^
                (w[i - 2] >> P::kSigma1[2]);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    Word v[8];
    std::memcpy(v, h, sizeof(h));
    for (int i = 0; i < P::kRounds; ++i) {
      Word s1 = Rotr(v[4], P::kSum1[0]) ^ Rotr(v[4], P::kSum1[1]) ^ Rotr(v[4], P::kSum1[2]);
      Word ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
      Word t1 = v[7] + s1 + ch + P::kK[i] + w[i];
      Word s0 = Rotr(v[0], P::kSum0[0]) ^ Rotr(v[0], P::kSum0[1]) ^ Rotr(v[0], P::kSum0[2]);
      Word maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
      for (int j = 7; j > 0; --j) v[j] = v[j - 1];
      v[4] += t1;
      v[0] = t1 + s0 + maj;
    }
    for (int i = 0; i < 8; ++i) h[i] += v[i];
  }
  std::string out;
  for (int i = 0; i < output_words; ++i) {
    AppendHex(out, h[i], static_cast<int>(kWordBytes), /*little_endian=*/false);
  }
  return out;
}

constexpr uint32_t kSha256Init[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
constexpr uint64_t kSha512Init[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                     0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                     0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
constexpr uint64_t kSha384Init[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                     0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                     0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};

}  // namespace

std::optional<std::string> HexDigest(std::string_view algorithm, std::string_view data) {
  if (algorithm == "MD5") return Md5(data);
  if (algorithm == "SHA-1") return Sha1(data);
  if (algorithm == "SHA-256") return Sha2<uint32_t>(data, kSha256Init, 8);
  if (algorithm == "SHA-384") return Sha2<uint64_t>(data, kSha384Init, 6);
  if (algorithm == "SHA-512") return Sha2<uint64_t>(data, kSha512Init, 8);
  return std::nullopt;
}

}  // namespace asl::intrinsics
