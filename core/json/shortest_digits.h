// The shortest decimal form of a double: the digits every number printer here builds on (JSON
// output as Jackson prints it, States.Format, JSONata's JavaScript-style numbers).
//
// Written on snprintf/strtod rather than std::to_chars because the Emscripten toolchain's libc++
// lacks floating-point to_chars; native and WebAssembly builds print the same text.
#ifndef ASL_CORE_JSON_SHORTEST_DIGITS_H_
#define ASL_CORE_JSON_SHORTEST_DIGITS_H_

#include <string>

namespace asl::json {

struct DecimalDigits {
  std::string digits;  // Significant digits, no leading or trailing zeros ("15" for 0.015).
  int exponent = 0;    // Decimal exponent of the first digit: value = d.ddd × 10^exponent.
};

// The fewest digits that read back as `magnitude` (finite, > 0), the closest to it among
// those; the same digits as std::to_chars's shortest form.
DecimalDigits ShortestDigits(double magnitude);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_SHORTEST_DIGITS_H_
