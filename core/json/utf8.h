// UTF-8: encoding one code point, checking a sequence, and quoting one character of source
// text in a message (shared by the JSON parser and writer, the JSONata lexer and the path and
// intrinsic parsers).
#ifndef ASL_CORE_JSON_UTF8_H_
#define ASL_CORE_JSON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace asl::json {

// Appends `code_point` (at most U+10FFFF) encoded as UTF-8.
inline void AppendUtf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// U+FFFD REPLACEMENT CHARACTER in UTF-8: what stands for a byte that starts no valid sequence.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at text[pos] (2 to 4 bytes; overlong forms, surrogates
// and code points past U+10FFFF are not valid), or 0 when there is none. ASCII bytes give 0:
// callers test them first.
inline size_t Utf8SequenceLength(std::string_view text, size_t pos) {
  auto byte = [&](size_t i) -> unsigned { return static_cast<unsigned char>(text[i]); };
  unsigned c = byte(pos);
  size_t n;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (pos + n > text.size()) return 0;
  for (size_t i = 1; i < n; ++i) {
    unsigned cc = byte(pos + i);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
    return 0;
  }
  return n;
}

// The character at text[pos] as text a message can quote: the whole UTF-8 sequence when one
// starts there, U+FFFD for a byte that starts none, "" past the end. Quoting the single byte
// instead would put invalid UTF-8 into the message, and into the JSON report that holds it.
inline std::string CharacterAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return "";
  if (static_cast<unsigned char>(text[pos]) < 0x80) return std::string(1, text[pos]);
  size_t n = Utf8SequenceLength(text, pos);
  return n > 0 ? std::string(text.substr(pos, n)) : std::string(kReplacementCharacter);
}

}  // namespace asl::json

#endif  // ASL_CORE_JSON_UTF8_H_
