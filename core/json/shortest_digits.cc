#include "core/json/shortest_digits.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace asl::json {
namespace {

bool ReadsBack(uint64_t mantissa, int scale, double value) {
  char text[48];
  std::snprintf(text, sizeof text, "%llue%d", static_cast<unsigned long long>(mantissa), scale);
  return std::strtod(text, nullptr) == value;
}

}  // namespace

// For each precision, the correctly rounded digits are tried first, then their neighbours one
// unit away in the last place: the rounding interval of a power of two is lopsided, so a
// neighbour can read back where the rounded digits do not.
DecimalDigits ShortestDigits(double magnitude) {
  for (int precision = 0; precision <= 16; ++precision) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*e", precision, magnitude);  // "d.ddde+XX"
    uint64_t mantissa = 0;
    const char* p = text;
    for (; *p != 'e'; ++p) {
      if (*p != '.') mantissa = mantissa * 10 + static_cast<uint64_t>(*p - '0');
    }
    int scale = std::atoi(p + 1) - precision;  // magnitude ≈ mantissa × 10^scale
    uint64_t found = 0;
    if (ReadsBack(mantissa, scale, magnitude)) {
      found = mantissa;
    } else if (mantissa > 1 && ReadsBack(mantissa - 1, scale, magnitude)) {
      found = mantissa - 1;
    } else if (ReadsBack(mantissa + 1, scale, magnitude)) {
      found = mantissa + 1;
    }
    if (found == 0 && precision < 16) continue;
    if (found == 0) found = mantissa;  // 17 significant digits always read back.
    DecimalDigits out;
    out.digits = std::to_string(found);
    out.exponent = scale + static_cast<int>(out.digits.size()) - 1;
    while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
    return out;
  }
  return {"0", 0};
}

}  // namespace asl::json
