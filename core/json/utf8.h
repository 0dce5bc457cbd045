// UTF-8 encoding of one code point, shared by the JSON parser and the JSONata lexer.
#ifndef ASL_CORE_JSON_UTF8_H_
#define ASL_CORE_JSON_UTF8_H_

#include <cstdint>
#include <string>

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

}  // namespace asl::json

#endif  // ASL_CORE_JSON_UTF8_H_
