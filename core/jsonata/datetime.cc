#include "core/jsonata/datetime.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "core/jsonata/calendar.h"
#include "core/jsonata/datetime_picture.h"
#include "core/jsonata/integer_format.h"
#include "core/jsonata/regex.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {

std::string FormatIso(double ms) {
  if (!IsValidTime(ms)) ms = 0;
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

std::optional<std::string> FormatDateTime(double ms, std::string_view picture,
                                          std::string_view timezone, Error* error) {
  if (!IsValidTime(ms)) {
    // JavaScript's Date rejects the value (RangeError: Invalid time value).
    *error = MakeCustomError("D1001", "Invalid time value: " + FormatNumber(ms));
    return std::nullopt;
  }
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
          text = kMonthNames[static_cast<int>(number) - 1];
        } else if (comp == U'F') {
          text = kDayNames[static_cast<int>(number)];
        } else {
          *error =
              MakeError("D3133", -1, {}, "\"" + FromCodePoints(std::u32string(1, comp)) + "\"");
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

std::optional<double> ParseDateTime(std::string_view text, std::string_view picture, Error* error,
                                    bool* undefined_result, double now_millis) {
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
          std::string name = kMonthNames[i];
          if (part.width_max) name = name.substr(0, static_cast<size_t>(*part.width_max));
          m.names[name] = i + 1;
        }
      } else if (part.component == U'F') {
        for (int i = 1; i < 8; ++i) {
          std::string name = kDayNames[i];
          if (part.width_max) name = name.substr(0, static_cast<size_t>(*part.width_max));
          m.names[name] = i;
        }
      } else if (part.component == U'P') {
        m.names = {{"am", 0}, {"AM", 0}, {"pm", 1}, {"PM", 1}};
      } else {
        *error = MakeError("D3133", -1, {},
                           "\"" + FromCodePoints(std::u32string(1, part.component)) + "\"");
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
  double millis = UtcMillis(components[U'Y'], components[U'M'], components[U'D'], components[U'H'],
                            components[U'm'], components[U's'], components[U'f']);
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

std::optional<double> ParseInteger(std::string_view text, std::string_view picture, Error* error) {
  auto format = AnalyseIntegerPicture(ToCodePoints(picture), error);
  if (!format) return std::nullopt;
  if (format->primary == IntegerPicture::Primary::kSequence) {
    *error = MakeError("D3130", -1, {}, "\"" + format->token + "\"");
    return std::nullopt;
  }
  return ParseIntegerText(text, *format);
}

}  // namespace asl::jsonata
