// std::to_chars(char*, char*, double, std::chars_format) for Emscripten 3.1.6 (Debian 12's
// emscripten package), whose libc++ declares std::chars_format but implements std::to_chars for
// integers only. wasm/CMakeLists.txt force-includes this header into every C++ file of the
// WebAssembly build; drop it with an Emscripten whose libc++ has the floating-point overloads.
//
// Same contract as the standard's (and libstdc++'s, which the native build uses): the shortest
// digits that read back as the same double, closest to the value among those, printed in fixed
// or scientific notation ("1.5", "1e+07", "-1.2345e-05"). chars_format::general and ::hex are not
// provided (errc::invalid_argument), so a caller that needs them fails visibly.
#ifndef ASL_WASM_COMPAT_CHARCONV_DOUBLE_H_
#define ASL_WASM_COMPAT_CHARCONV_DOUBLE_H_

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <system_error>

#if defined(__EMSCRIPTEN__) && defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 14000

namespace asl::wasm_compat {

// Significant digits of a positive finite double: digits[0..count) (no trailing zeros) and the
// decimal exponent of the first digit.
struct ShortestDigits {
  char digits[24];
  int count = 0;
  int exponent = 0;
};

inline bool ReadsBack(uint64_t mantissa, int exponent, double value) {
  char text[48];
  std::snprintf(text, sizeof text, "%llue%d", static_cast<unsigned long long>(mantissa), exponent);
  return std::strtod(text, nullptr) == value;
}

// Tries precisions 1..17: the correctly rounded digits first, then their neighbours one unit
// away in the last place (the rounding interval of a power of two is lopsided, so a neighbour
// can read back where the rounded value does not).
inline ShortestDigits Shortest(double value) {
  ShortestDigits out;
  for (int precision = 0; precision <= 16; ++precision) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*e", precision, value);  // "d.ddde+XX"
    uint64_t mantissa = 0;
    const char* p = text;
    for (; *p != 'e'; ++p) {
      if (*p != '.') mantissa = mantissa * 10 + static_cast<uint64_t>(*p - '0');
    }
    int exponent = std::atoi(p + 1);
    int scale = exponent - precision;  // value ~ mantissa * 10^scale
    uint64_t found = 0;
    if (ReadsBack(mantissa, scale, value)) {
      found = mantissa;
    } else if (mantissa > 1 && ReadsBack(mantissa - 1, scale, value)) {
      found = mantissa - 1;
    } else if (ReadsBack(mantissa + 1, scale, value)) {
      found = mantissa + 1;
    }
    if (found == 0 && precision < 16) continue;
    if (found == 0) found = mantissa;
    char digits[24];
    int count = std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(found));
    exponent = scale + count - 1;
    while (count > 1 && digits[count - 1] == '0') --count;
    for (int i = 0; i < count; ++i) out.digits[i] = digits[i];
    out.count = count;
    out.exponent = exponent;
    return out;
  }
  return out;
}

}  // namespace asl::wasm_compat

namespace std {

inline to_chars_result to_chars(char* first, char* last, double value, chars_format format) {
  if (format != chars_format::fixed && format != chars_format::scientific) {
    return {first, errc::invalid_argument};
  }
  char text[400];
  int n = 0;
  auto put = [&](char c) {
    if (n < static_cast<int>(sizeof text)) text[n++] = c;
  };
  if (std::signbit(value)) put('-');
  double magnitude = std::fabs(value);
  if (std::isnan(value) || std::isinf(value)) {
    for (const char* s = std::isnan(value) ? "nan" : "inf"; *s != '\0'; ++s) put(*s);
  } else if (magnitude == 0) {
    put('0');
    if (format == chars_format::scientific) {
      for (const char* s = "e+00"; *s != '\0'; ++s) put(*s);
    }
  } else {
    asl::wasm_compat::ShortestDigits d = asl::wasm_compat::Shortest(magnitude);
    if (format == chars_format::scientific) {
      put(d.digits[0]);
      if (d.count > 1) put('.');
      for (int i = 1; i < d.count; ++i) put(d.digits[i]);
      char exponent[8];
      std::snprintf(exponent, sizeof exponent, "e%c%02d", d.exponent < 0 ? '-' : '+',
                    d.exponent < 0 ? -d.exponent : d.exponent);
      for (const char* s = exponent; *s != '\0'; ++s) put(*s);
    } else if (d.exponent >= d.count - 1) {
      // A whole number: every fixed form has as many characters, and the exact value is the one
      // chosen (libstdc++ prints 2^60 as 1152921504606846976).
      char whole[320];
      int length = std::snprintf(whole, sizeof whole, "%.0f", magnitude);
      for (int i = 0; i < length; ++i) put(whole[i]);
    } else if (d.exponent >= 0) {
      for (int i = 0; i < d.count; ++i) {
        if (i == d.exponent + 1) put('.');
        put(d.digits[i]);
      }
    } else {
      put('0');
      put('.');
      for (int i = -1; i > d.exponent; --i) put('0');
      for (int i = 0; i < d.count; ++i) put(d.digits[i]);
    }
  }
  if (n > last - first) return {last, errc::value_too_large};
  for (int i = 0; i < n; ++i) first[i] = text[i];
  return {first + n, errc()};
}

}  // namespace std

#endif  // Emscripten's libc++ before 14

#endif  // ASL_WASM_COMPAT_CHARCONV_DOUBLE_H_
