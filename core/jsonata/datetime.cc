#include "core/jsonata/datetime.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "core/jsonata/integer_format.h"
#include "core/jsonata/regex.h"
#include "core/jsonata/value_format.h"

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
  if (i < t.size() && t[i] == 'T') {
    ++i;
    if (!digits(2, &hour)) return std::nullopt;
    if (i < t.size() && t[i] == ':') {
      ++i;
      if (!digits(2, &minute)) return std::nullopt;
      if (i >= t.size() || t[i] != ':') return std::nullopt;
      {
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

namespace {

constexpr double kMillisInDay = 86400000.0;
constexpr const char* kDays[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"};
constexpr const char* kMonths[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};

// Date.UTC with month overflow.
double UtcMillis(double year, double month, double day = 1, double h = 0, double mi = 0,
                 double s = 0, double ms = 0) {
  double y = year + std::floor(month / 12);
  double m = std::fmod(month, 12);
  if (m < 0) m += 12;
  int64_t days = DaysFromCivil(static_cast<int64_t>(y), static_cast<unsigned>(m) + 1, 1);
  return (static_cast<double>(days) + day - 1) * kMillisInDay + h * 3600000 + mi * 60000 +
         s * 1000 + ms;
}

struct UtcDate {
  double millis;
  int64_t year;
  int month;  // 0-11
  int day;
  int hours, minutes, seconds, ms;
  int weekday;  // 0 = Sunday
};

UtcDate Breakdown(double millis) {
  UtcDate d;
  d.millis = millis;
  const double days = std::floor(millis / kMillisInDay);
  double rem = millis - days * kMillisInDay;
  unsigned m, dd;
  CivilFromDays(static_cast<int64_t>(days), &d.year, &m, &dd);
  d.month = static_cast<int>(m) - 1;
  d.day = static_cast<int>(dd);
  const int64_t r = static_cast<int64_t>(rem);
  d.hours = static_cast<int>(r / 3600000);
  d.minutes = static_cast<int>(r / 60000 % 60);
  d.seconds = static_cast<int>(r / 1000 % 60);
  d.ms = static_cast<int>(r % 1000);
  int64_t wd = (static_cast<int64_t>(days) + 4) % 7;
  if (wd < 0) wd += 7;
  d.weekday = static_cast<int>(wd);
  return d;
}

double StartOfFirstWeek(int64_t year, int month) {
  const double jan1 = UtcMillis(static_cast<double>(year), month);
  int day = Breakdown(jan1).weekday;
  if (day == 0) day = 7;
  return day > 4 ? jan1 + (8 - day) * kMillisInDay : jan1 - (day - 1) * kMillisInDay;
}

double DeltaWeeks(double start, double end) { return (end - start) / (kMillisInDay * 7) + 1; }

// The component value: a number, or a name for P (am/pm), C and E.
struct Component {
  double number = 0;
  std::string text;
  bool is_text = false;
};

Component Fragment(const UtcDate& date, char32_t component) {
  Component c;
  switch (component) {
    case 'Y': c.number = static_cast<double>(date.year); break;
    case 'M': c.number = date.month + 1; break;
    case 'D': c.number = date.day; break;
    case 'd': {
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double first = UtcMillis(static_cast<double>(date.year), 0);
      c.number = (today - first) / kMillisInDay + 1;
      break;
    }
    case 'F': c.number = date.weekday == 0 ? 7 : date.weekday; break;
    case 'W': {
      double start = StartOfFirstWeek(date.year, 0);
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double week = DeltaWeeks(start, today);
      if (week > 52) {
        if (today >= StartOfFirstWeek(date.year + 1, 0)) week = 1;
      } else if (week < 1) {
        week = DeltaWeeks(StartOfFirstWeek(date.year - 1, 0), today);
      }
      c.number = std::floor(week);
      break;
    }
    case 'w': {
      double start = StartOfFirstWeek(date.year, date.month);
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double week = DeltaWeeks(start, today);
      int64_t ny = date.month == 11 ? date.year + 1 : date.year;
      int nm = date.month == 11 ? 0 : date.month + 1;
      int64_t py = date.month == 0 ? date.year - 1 : date.year;
      int pm = date.month == 0 ? 11 : date.month - 1;
      if (week > 4) {
        if (today >= StartOfFirstWeek(ny, nm)) week = 1;
      } else if (week < 1) {
        week = DeltaWeeks(StartOfFirstWeek(py, pm), today);
      }
      c.number = std::floor(week);
      break;
    }
    case 'X': {
      double start = StartOfFirstWeek(date.year, 0);
      double end = StartOfFirstWeek(date.year + 1, 0);
      c.number = static_cast<double>(date.millis < start  ? date.year - 1
                                     : date.millis >= end ? date.year + 1
                                                          : date.year);
      break;
    }
    case 'x': {
      double start = StartOfFirstWeek(date.year, date.month);
      int64_t ny = date.month == 11 ? date.year + 1 : date.year;
      int nm = date.month == 11 ? 0 : date.month + 1;
      double end = StartOfFirstWeek(ny, nm);
      int pm = date.month == 0 ? 11 : date.month - 1;
      c.number = date.millis < start ? pm + 1 : date.millis >= end ? nm + 1 : date.month + 1;
      break;
    }
    case 'H': c.number = date.hours; break;
    case 'h': c.number = date.hours % 12 == 0 ? 12 : date.hours % 12; break;
    case 'P': c.is_text = true; c.text = date.hours >= 12 ? "pm" : "am"; break;
    case 'm': c.number = date.minutes; break;
    case 's': c.number = date.seconds; break;
    case 'f': c.number = date.ms; break;
    case 'C':
    case 'E': c.is_text = true; c.text = "ISO"; break;
    default: break;
  }
  return c;
}

struct PicturePart {
  bool literal = true;
  std::string text;  // literal
  char32_t component = 0;
  std::string presentation1, presentation2;
  bool ordinal = false;
  enum class Names { kNone, kLower, kUpper, kTitle } names = Names::kNone;
  std::optional<int> width_min, width_max;
  std::optional<IntegerPicture> integer;
  int n = -1;  // Year digits kept.
};

std::string DefaultPresentation(char32_t component) {
  switch (component) {
    case 'Y': case 'M': case 'D': case 'd': case 'W': case 'w': case 'X': case 'x': case 'H':
    case 'h': case 'f':
      return "1";
    case 'F': case 'P': case 'C': case 'E':
      return "n";
    case 'm': case 's':
      return "01";
    case 'Z': case 'z':
      return "01:01";
    default:
      return "";
  }
}

std::optional<std::vector<PicturePart>> AnalysePicture(std::string_view picture_utf8,
                                                       Error* error) {
  const std::u32string picture = ToCodePoints(picture_utf8);
  std::vector<PicturePart> parts;
  auto add_literal = [&](size_t start, size_t end) {
    if (end <= start) return;
    std::u32string lit = picture.substr(start, end - start);
    std::u32string out;
    for (size_t i = 0; i < lit.size(); ++i) {
      out += lit[i];
      if (lit[i] == U']' && i + 1 < lit.size() && lit[i + 1] == U']') ++i;
    }
    PicturePart p;
    p.text = FromCodePoints(out);
    parts.push_back(std::move(p));
  };
  size_t start = 0, pos = 0;
  while (pos < picture.size()) {
    if (picture[pos] == U'[') {
      if (pos + 1 < picture.size() && picture[pos + 1] == U'[') {
        add_literal(start, pos);
        PicturePart p;
        p.text = "[";
        parts.push_back(std::move(p));
        pos += 2;
        start = pos;
        continue;
      }
      add_literal(start, pos);
      start = pos;
      pos = picture.find(U']', start);
      if (pos == std::u32string::npos) {
        *error = MakeError("D3135");
        return std::nullopt;
      }
      std::u32string marker;
      for (char32_t c : picture.substr(start + 1, pos - start - 1)) {
        if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r') marker += c;
      }
      PicturePart def;
      def.literal = false;
      def.component = marker.empty() ? 0 : marker[0];
      std::u32string pres;
      size_t comma = marker.rfind(U',');
      if (comma != std::u32string::npos) {
        std::string width = FromCodePoints(marker.substr(comma + 1));
        size_t dash = width.find('-');
        auto parse_width = [](const std::string& w) -> std::optional<int> {
          if (w.empty() || w == "*") return std::nullopt;
          return std::atoi(w.c_str());
        };
        if (dash == std::string::npos) {
          def.width_min = parse_width(width);
        } else {
          def.width_min = parse_width(width.substr(0, dash));
          def.width_max = parse_width(width.substr(dash + 1));
        }
        pres = marker.substr(1, comma - 1);
      } else {
        pres = marker.size() > 1 ? marker.substr(1) : U"";
      }
      if (pres.size() == 1) {
        def.presentation1 = FromCodePoints(pres);
      } else if (pres.size() > 1) {
        char32_t last = pres.back();
        if (last == U'a' || last == U't' || last == U'c' || last == U'o') {
          def.presentation2 = std::string(1, static_cast<char>(last));
          def.ordinal = last == U'o';
          def.presentation1 = FromCodePoints(pres.substr(0, pres.size() - 1));
        } else {
          def.presentation1 = FromCodePoints(pres);
        }
      } else {
        def.presentation1 = DefaultPresentation(def.component);
      }
      if (def.presentation1.empty()) {
        *error = MakeError("D3132", -1, {}, "\"" + FromCodePoints(std::u32string(1, def.component)) + "\"");
        return std::nullopt;
      }
      const std::u32string kIntegerComponents = U"YMDdFWwXxHhmsf";
      if (def.presentation1[0] == 'n') {
        def.names = PicturePart::Names::kLower;
      } else if (def.presentation1[0] == 'N') {
        def.names = def.presentation1.size() > 1 && def.presentation1[1] == 'n'
                        ? PicturePart::Names::kTitle
                        : PicturePart::Names::kUpper;
      } else if (kIntegerComponents.find(def.component) != std::u32string::npos) {
        std::string pattern = def.presentation1;
        if (!def.presentation2.empty()) pattern += ";" + def.presentation2;
        def.integer = AnalyseIntegerPicture(ToCodePoints(pattern), error);
        if (!def.integer) return std::nullopt;
        if (def.width_min && def.integer->mandatory_digits < *def.width_min) {
          def.integer->mandatory_digits = *def.width_min;
        }
        if (def.component == U'Y') {
          def.n = -1;
          if (def.width_max) {
            def.n = *def.width_max;
            def.integer->mandatory_digits = def.n;
          } else {
            int w = def.integer->mandatory_digits + def.integer->optional_digits;
            if (w >= 2) def.n = w;
          }
        }
        if (!parts.empty() && parts.back().integer) {
          parts.back().integer->parse_width = parts.back().integer->mandatory_digits;
        }
      }
      if (def.component == U'Z' || def.component == U'z') {
        def.integer = AnalyseIntegerPicture(ToCodePoints(def.presentation1), error);
        if (!def.integer) return std::nullopt;
      }
      parts.push_back(std::move(def));
      start = pos + 1;
    }
    ++pos;
  }
  add_literal(start, pos);
  return parts;
}

std::string CaseName(std::string name, PicturePart::Names names) {
  if (names == PicturePart::Names::kUpper) {
    for (char& c : name) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  } else if (names == PicturePart::Names::kLower) {
    for (char& c : name) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

}  // namespace

std::optional<std::string> FormatDateTime(double ms, std::string_view picture,
                                          std::string_view timezone, Error* error) {
  double offset_hours = 0, offset_minutes = 0;
  if (!timezone.empty()) {
    const double offset = std::strtod(std::string(timezone).c_str(), nullptr);
    offset_hours = std::floor(offset / 100);
    offset_minutes = std::fmod(offset, 100);
  }
  auto parts = AnalysePicture(
      picture.empty() ? "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]" : picture, error);
  if (!parts) return std::nullopt;
  const double offset_millis = (60 * offset_hours + offset_minutes) * 60 * 1000;
  const UtcDate date = Breakdown(ms + offset_millis);
  std::string result;
  for (const PicturePart& part : *parts) {
    if (part.literal) {
      result += part.text;
      continue;
    }
    const char32_t comp = part.component;
    Component value = Fragment(date, comp);
    std::string text;
    if (std::u32string(U"YMDdFWwXxHhms").find(comp) != std::u32string::npos) {
      double number = value.number;
      if (comp == U'Y' && part.n != -1) number = std::fmod(number, std::pow(10, part.n));
      if (part.names != PicturePart::Names::kNone) {
        if (comp == U'M' || comp == U'x') {
          text = kMonths[static_cast<int>(number) - 1];
        } else if (comp == U'F') {
          text = kDays[static_cast<int>(number)];
        } else {
          *error = MakeError("D3133", -1, {}, "\"" + FromCodePoints(std::u32string(1, comp)) + "\"");
          return std::nullopt;
        }
        text = CaseName(text, part.names);
        if (part.width_max && static_cast<int>(text.size()) > *part.width_max) {
          text = text.substr(0, static_cast<size_t>(*part.width_max));
        }
      } else {
        auto formatted = FormatIntegerWith(number, *part.integer, error);
        if (!formatted) return std::nullopt;
        text = *formatted;
      }
    } else if (comp == U'f') {
      auto formatted = FormatIntegerWith(value.number, *part.integer, error);
      if (!formatted) return std::nullopt;
      text = *formatted;
    } else if (comp == U'Z' || comp == U'z') {
      const double offset = offset_hours * 100 + offset_minutes;
      if (part.integer->regular) {
        auto formatted = FormatIntegerWith(offset, *part.integer, error);
        if (!formatted) return std::nullopt;
        text = *formatted;
      } else {
        const int digits = part.integer->mandatory_digits;
        if (digits == 1 || digits == 2) {
          auto formatted = FormatIntegerWith(offset_hours, *part.integer, error);
          if (!formatted) return std::nullopt;
          text = *formatted;
          if (offset_minutes != 0) {
            IntegerPicture two;
            two.mandatory_digits = 2;
            text += ":" + *FormatIntegerWith(offset_minutes, two, error);
          }
        } else if (digits == 3 || digits == 4) {
          auto formatted = FormatIntegerWith(offset, *part.integer, error);
          if (!formatted) return std::nullopt;
          text = *formatted;
        } else {
          *error = MakeError("D3134", -1, {}, std::to_string(digits));
          return std::nullopt;
        }
      }
      if (offset >= 0) text = "+" + text;
      if (comp == U'z') text = "GMT" + text;
      if (offset == 0 && part.presentation2 == "t") text = "Z";
    } else if (comp == U'P') {
      text = value.text;
      if (part.names == PicturePart::Names::kUpper) text = CaseName(text, part.names);
    } else if (value.is_text) {
      text = value.text;
    }
    result += text;
  }
  return result;
}

std::optional<double> ParseDateTime(std::string_view text, std::string_view picture,
                                    Error* error, bool* undefined_result, double now_millis) {
  auto parts = AnalysePicture(picture, error);
  if (!parts) return std::nullopt;
  struct Matcher {
    std::string regex;
    char32_t component = 0;
    enum Kind { kLiteral, kTimezone, kInteger, kName } kind = kLiteral;
    const PicturePart* part = nullptr;
    std::map<std::string, double> names;
    char32_t separator = 0;
  };
  std::vector<Matcher> matchers;
  for (const PicturePart& part : *parts) {
    Matcher m;
    m.part = &part;
    m.component = part.component;
    if (part.literal) {
      for (char c : part.text) {
        if (std::string_view(".*+?^${}()|[]\\").find(c) != std::string_view::npos) m.regex += '\\';
        m.regex += c;
      }
    } else if (part.component == U'Z' || part.component == U'z') {
      m.kind = Matcher::kTimezone;
      if (part.integer->regular) m.separator = part.integer->separators[0].character;
      if (part.component == U'z') m.regex = "GMT";
      m.regex += "[-+][0-9]+";
      if (m.separator) m.regex += FromCodePoints(std::u32string(1, m.separator)) + "[0-9]+";
    } else if (part.integer) {
      m.kind = Matcher::kInteger;
      auto re = IntegerRegex(*part.integer, error);
      if (!re) return std::nullopt;
      m.regex = *re;
    } else {
      m.kind = Matcher::kName;
      m.regex = "[a-zA-Z]+";
      if (part.component == U'M' || part.component == U'x') {
        for (int i = 0; i < 12; ++i) {
          std::string name = kMonths[i];
          if (part.width_max) name = name.substr(0, static_cast<size_t>(*part.width_max));
          m.names[name] = i + 1;
        }
      } else if (part.component == U'F') {
        for (int i = 1; i < 8; ++i) {
          std::string name = kDays[i];
          if (part.width_max) name = name.substr(0, static_cast<size_t>(*part.width_max));
          m.names[name] = i;
        }
      } else if (part.component == U'P') {
        m.names = {{"am", 0}, {"AM", 0}, {"pm", 1}, {"PM", 1}};
      } else {
        *error = MakeError("D3133", -1, {}, "\"" + FromCodePoints(std::u32string(1, part.component)) + "\"");
        return std::nullopt;
      }
    }
    matchers.push_back(std::move(m));
  }
  std::string full = "^";
  for (const Matcher& m : matchers) full += "(" + m.regex + ")";
  full += "$";
  auto compiled = Regex::Compile(full, "i");
  if (std::holds_alternative<std::string>(compiled)) {
    *undefined_result = true;
    return std::nullopt;
  }
  bool exhausted = false;
  const std::u32string subject = ToCodePoints(text);
  auto match = std::get<std::shared_ptr<Regex>>(compiled)->Exec(subject, 0, &exhausted);
  if (!match) {
    *undefined_result = true;
    return std::nullopt;
  }
  std::map<char32_t, double> components;
  for (size_t i = 0; i < matchers.size() && i < match->groups.size(); ++i) {
    const Matcher& m = matchers[i];
    if (m.kind == Matcher::kLiteral || !match->groups[i]) continue;
    auto [a, b] = *match->groups[i];
    std::string value = FromCodePoints(std::u32string_view(subject).substr(a, b - a));
    double v = NAN;
    if (m.kind == Matcher::kInteger && m.component == U'f') {
      // Fractional seconds: the digits are a decimal fraction of a second.
      v = std::trunc(std::strtod(("0." + value).c_str(), nullptr) * 1000);
    } else if (m.kind == Matcher::kInteger) {
      v = ParseIntegerText(value, *m.part->integer);
    } else if (m.kind == Matcher::kName) {
      auto it = m.names.find(value);
      if (it != m.names.end()) v = it->second;
    } else {
      if (m.component == U'z') value = value.substr(3);
      double hours = 0, minutes = 0;
      if (m.separator) {
        std::string sep = FromCodePoints(std::u32string(1, m.separator));
        size_t at = value.find(sep);
        hours = std::strtod(value.substr(0, at).c_str(), nullptr);
        minutes = std::strtod(value.substr(at + sep.size()).c_str(), nullptr);
      } else if (value.size() - 1 <= 2) {
        hours = std::strtod(value.c_str(), nullptr);
      } else {
        hours = std::strtod(value.substr(0, 3).c_str(), nullptr);
        minutes = std::strtod(value.substr(3).c_str(), nullptr);
      }
      v = hours * 60 + minutes;
    }
    components[m.component] = v;
  }
  if (components.empty()) {
    *undefined_result = true;
    return std::nullopt;
  }
  auto has = [&](char32_t c) { return components.count(c) > 0; };
  int mask = 0;
  auto shift = [&](bool bit) { mask = (mask << 1) + (bit ? 1 : 0); };
  auto is_type = [&](int type) { return !(~type & mask) && (type & mask); };
  for (char32_t c : std::u32string(U"YXMxWwdD")) shift(has(c));
  const bool date_a = is_type(161);
  const bool date_b = !date_a && is_type(130);
  const bool date_c = is_type(84);
  const bool date_d = !date_c && is_type(72);
  mask = 0;
  for (char32_t c : std::u32string(U"PHhmsf")) shift(has(c));
  const bool time_a = is_type(23);
  const bool time_b = !time_a && is_type(47);
  std::u32string comps = date_b ? U"YD" : date_c ? U"XxwF" : date_d ? U"XWF" : U"YMD";
  comps += time_b ? U"Phmsf" : U"Hmsf";
  const UtcDate now = Breakdown(now_millis);
  bool start_specified = false, end_specified = false;
  for (char32_t part : comps) {
    if (!has(part)) {
      if (start_specified) {
        components[part] = (part == U'M' || part == U'D' || part == U'd') ? 1 : 0;
        end_specified = true;
      } else {
        Component f = Fragment(now, part);
        components[part] = f.is_text ? (f.text == "pm" ? 1 : 0) : f.number;
      }
    } else {
      start_specified = true;
      if (end_specified) {
        *error = MakeError("D3136");
        return std::nullopt;
      }
    }
  }
  if (components[U'M'] > 0) {
    components[U'M'] -= 1;
  } else {
    components[U'M'] = 0;
  }
  if (date_b) {
    double first = UtcMillis(components[U'Y'], 0);
    UtcDate derived = Breakdown(first + (components[U'd'] - 1) * kMillisInDay);
    components[U'M'] = derived.month;
    components[U'D'] = derived.day;
  }
  if (date_c || date_d) {
    *error = MakeError("D3136");
    return std::nullopt;
  }
  if (time_b) {
    components[U'H'] = components[U'h'] == 12 ? 0 : components[U'h'];
    if (components[U'P'] == 1) components[U'H'] += 12;
  }
  double millis = UtcMillis(components[U'Y'], components[U'M'], components[U'D'],
                            components[U'H'], components[U'm'], components[U's'],
                            components[U'f']);
  double tz = has(U'Z') ? components[U'Z'] : has(U'z') ? components[U'z'] : 0;
  if (tz != 0 && !std::isnan(tz)) millis -= tz * 60 * 1000;
  if (std::isnan(millis)) {
    *undefined_result = true;
    return std::nullopt;
  }
  return millis;
}

std::optional<std::string> FormatInteger(double value, std::string_view picture, Error* error) {
  auto format = AnalyseIntegerPicture(ToCodePoints(picture), error);
  if (!format) return std::nullopt;
  return FormatIntegerWith(std::floor(value), *format, error);
}

std::optional<double> ParseInteger(std::string_view text, std::string_view picture,
                                   Error* error) {
  auto format = AnalyseIntegerPicture(ToCodePoints(picture), error);
  if (!format) return std::nullopt;
  if (format->primary == IntegerPicture::Primary::kSequence) {
    *error = MakeError("D3130", -1, {}, "\"" + format->token + "\"");
    return std::nullopt;
  }
  return ParseIntegerText(text, *format);
}

}  // namespace asl::jsonata
