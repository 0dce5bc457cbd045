// Bytes that JSON strings hold as they are, shared by the parser (which copies runs of them)
// and the writer (which writes runs of them without escaping).
#ifndef ASL_CORE_JSON_PLAIN_BYTES_H_
#define ASL_CORE_JSON_PLAIN_BYTES_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace asl::json {

// Plain: ASCII from 0x20 on, except '"' and '\\'. Control characters need escaping and
// non-ASCII bytes are checked as UTF-8.
inline constexpr auto kPlainStringByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// The position of the first byte from `pos` on that is not plain (kPlainStringByte), found 8
// bytes at a time; or, when none is found, the position where fewer than 8 bytes remain.
inline size_t SkipPlainWords(const char* data, size_t pos, size_t size) {
  if constexpr (std::endian::native != std::endian::little) return pos;
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  while (pos + 8 <= size) {
    uint64_t word;
    std::memcpy(&word, data + pos, 8);
    // The high bit of a byte is set when the byte is non-ASCII, below 0x20, '"' or '\\'. A
    // borrow can also flag a byte after one of those, never before it, so the lowest flagged
    // byte is the first one that is not plain.
    uint64_t quote = word ^ (kOnes * '"');
    uint64_t backslash = word ^ (kOnes * '\\');
    uint64_t flagged = (word | ((word - kOnes * 0x20) & ~word) | ((quote - kOnes) & ~quote) |
                        ((backslash - kOnes) & ~backslash)) &
                       kHigh;
    if (flagged != 0) return pos + static_cast<size_t>(std::countr_zero(flagged) / 8);
    pos += 8;
  }
  return pos;
}

// The position of the first byte from `pos` on that is not plain, or `size`.
inline size_t SkipPlain(const char* data, size_t pos, size_t size) {
  pos = SkipPlainWords(data, pos, size);
  while (pos < size && kPlainStringByte[static_cast<unsigned char>(data[pos])]) ++pos;
  return pos;
}

}  // namespace asl::json

#endif  // ASL_CORE_JSON_PLAIN_BYTES_H_
