#include "core/jsonata/datetime.h"

#include <cmath>
#include <cstdio>

namespace asl::jsonata {
namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

}  // namespace

std::string FormatIso(double ms) {
  const int64_t total = static_cast<int64_t>(std::floor(ms));
  int64_t days = total >= 0 ? total / 86400000 : -((-total + 86399999) / 86400000);
  int64_t rem = total - days * 86400000;
  int64_t y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ",
                static_cast<long long>(y), m, d, static_cast<long long>(rem / 3600000),
                static_cast<long long>(rem / 60000 % 60), static_cast<long long>(rem / 1000 % 60),
                static_cast<long long>(rem % 1000));
  return buf;
}

std::optional<double> ParseIso(std::string_view t) {
  size_t i = 0;
  auto digits = [&](int n, int* out) {
    int v = 0;
    for (int k = 0; k < n; ++k) {
      if (i >= t.size() || !isdigit(static_cast<unsigned char>(t[i]))) return false;
      v = v * 10 + (t[i++] - '0');
    }
    *out = v;
    return true;
  };
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0;
  if (!digits(4, &year)) return std::nullopt;
  if (i < t.size() && t[i] == '-') {
    ++i;
    if (!digits(2, &month)) return std::nullopt;
    if (i < t.size() && t[i] == '-') {
      ++i;
      if (!digits(2, &day)) return std::nullopt;
    }
  }
  int64_t offset_minutes = 0;
  if (i < t.size() && (t[i] == 'T' || t[i] == ' ')) {
    ++i;
    if (!digits(2, &hour)) return std::nullopt;
    if (i < t.size() && t[i] == ':') {
      ++i;
      if (!digits(2, &minute)) return std::nullopt;
      if (i < t.size() && t[i] == ':') {
        ++i;
        if (!digits(2, &second)) return std::nullopt;
        if (i < t.size() && t[i] == '.') {
          ++i;
          int scale = 100;
          size_t start = i;
          while (i < t.size() && isdigit(static_cast<unsigned char>(t[i]))) {
            millis += (t[i] - '0') * scale;
            scale /= 10;
            ++i;
          }
          if (i == start) return std::nullopt;
        }
      }
    }
    if (i < t.size() && t[i] == 'Z') {
      ++i;
    } else if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
      int sign = t[i] == '-' ? -1 : 1;
      ++i;
      int oh = 0, om = 0;
      if (!digits(2, &oh)) return std::nullopt;
      if (i < t.size() && t[i] == ':') ++i;
      if (!digits(2, &om)) return std::nullopt;
      offset_minutes = sign * (oh * 60 + om);
    }
  }
  if (i != t.size()) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  double ms = static_cast<double>(days) * 86400000.0 + hour * 3600000.0 + minute * 60000.0 +
              second * 1000.0 + millis - static_cast<double>(offset_minutes) * 60000.0;
  return ms;
}

std::optional<std::string> FormatDateTime(double ms, std::string_view picture,
                                          std::string_view timezone, Error* error) {
  *error = MakeError("D3137");
  error->message = "Date/time pictures are not supported yet";
  error->custom_message = true;
  return std::nullopt;
}

std::optional<double> ParseDateTime(std::string_view text, std::string_view picture,
                                    Error* error, bool* undefined_result) {
  *error = MakeError("D3137");
  error->message = "Date/time pictures are not supported yet";
  error->custom_message = true;
  return std::nullopt;
}

}  // namespace asl::jsonata
