#include "core/jsonata/format_number.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

using U32 = std::u32string;

size_t Find(const U32& s, const U32& what, size_t from = 0) {
  if (what.empty()) return U32::npos;
  return s.find(what, from);
}

size_t RFind(const U32& s, const U32& what) {
  if (what.empty()) return U32::npos;
  return s.rfind(what);
}

struct Parts {
  U32 prefix, suffix, active, mantissa, integer, fractional, subpicture;
  std::optional<U32> exponent;
};

struct Analysis {
  std::vector<int> integer_grouping;
  int regular_grouping = 0;
  int minimum_integer = 0;
  int scaling_factor = 0;
  U32 prefix, suffix, picture;
  std::vector<int> fractional_grouping;
  int minimum_fractional = 0;
  int maximum_fractional = 0;
  int minimum_exponent = 0;
};

int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }

}  // namespace

double RoundHalfEven(double arg, int precision) {
  auto shift = [](double v, int p) {
    std::string text = FormatNumber(v);
    size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    int exp = e == std::string::npos ? 0 : std::atoi(text.c_str() + e + 1);
    return std::strtod((mantissa + "e" + std::to_string(exp + p)).c_str(), nullptr);
  };
  double v = precision != 0 ? shift(arg, precision) : arg;
  double result = std::floor(v + 0.5);
  double diff = result - v;
  if (std::fabs(diff) == 0.5 && std::fabs(std::fmod(result, 2)) == 1) result -= 1;
  if (precision != 0) result = shift(result, -precision);
  if (result == 0) result = 0;
  return result;
}

std::optional<std::string> FormatNumberPicture(double value, std::string_view picture_utf8,
                                               const std::map<std::string, std::string>& options,
                                               Error* error) {
  std::map<std::string, U32> props = {{"decimal-separator", U"."},
                                      {"grouping-separator", U","},
                                      {"exponent-separator", U"e"},
                                      {"infinity", U"Infinity"},
                                      {"minus-sign", U"-"},
                                      {"NaN", U"NaN"},
                                      {"percent", U"%"},
                                      {"per-mille", U"\u2030"},
                                      {"zero-digit", U"0"},
                                      {"digit", U"#"},
                                      {"pattern-separator", U";"}};
  for (const auto& [k, v] : options) props[k] = ToCodePoints(v);
  const U32 decimal_sep = props["decimal-separator"], grouping_sep = props["grouping-separator"];
  const U32 exponent_sep = props["exponent-separator"], percent = props["percent"];
  const U32 per_mille = props["per-mille"], digit = props["digit"];
  const U32 pattern_sep = props["pattern-separator"], minus = props["minus-sign"];
  const char32_t zero = props["zero-digit"].empty() ? U'0' : props["zero-digit"][0];
  auto is_family = [&](char32_t c) { return c >= zero && c < zero + 10; };
  auto is_active = [&](char32_t c) {
    auto eq = [&](const U32& s) { return s.size() == 1 && s[0] == c; };
    return is_family(c) || eq(decimal_sep) || eq(exponent_sep) || eq(grouping_sep) || eq(digit) ||
           eq(pattern_sep);
  };
  auto is_char = [](char32_t c, const U32& s) { return s.size() == 1 && s[0] == c; };

  const U32 picture = ToCodePoints(picture_utf8);
  std::vector<U32> subpictures;
  {
    size_t start = 0;
    for (;;) {
      size_t at = Find(picture, pattern_sep, start);
      if (at == U32::npos) {
        subpictures.push_back(picture.substr(start));
        break;
      }
      subpictures.push_back(picture.substr(start, at - start));
      start = at + pattern_sep.size();
    }
  }
  if (subpictures.size() > 2) {
    *error = MakeError("D3080");
    return std::nullopt;
  }
  std::vector<Parts> parts;
  for (const U32& sub : subpictures) {
    Parts p;
    p.subpicture = sub;
    size_t first = sub.size();
    for (size_t i = 0; i < sub.size(); ++i) {
      if (is_active(sub[i]) && !is_char(sub[i], exponent_sep)) {
        first = i;
        break;
      }
    }
    p.prefix = sub.substr(0, first);
    size_t last = U32::npos;
    for (size_t i = sub.size(); i-- > 0;) {
      if (is_active(sub[i]) && !is_char(sub[i], exponent_sep)) {
        last = i;
        break;
      }
    }
    p.suffix = last == U32::npos ? U32() : sub.substr(last + 1);
    const size_t active_len = sub.size() - p.prefix.size() - p.suffix.size();
    p.active = sub.substr(p.prefix.size(),
                          sub.size() < p.prefix.size() + p.suffix.size() ? 0 : active_len);
    size_t exp_pos = Find(sub, exponent_sep, p.prefix.size());
    if (exp_pos == U32::npos || exp_pos > sub.size() - p.suffix.size()) {
      p.mantissa = p.active;
    } else {
      p.mantissa = p.active.substr(0, std::min(exp_pos, p.active.size()));
      p.exponent = exp_pos + 1 <= p.active.size() ? p.active.substr(exp_pos + 1) : U32();
    }
    size_t dec = Find(p.mantissa, decimal_sep);
    if (dec == U32::npos) {
      p.integer = p.mantissa;
      p.fractional = p.suffix;
    } else {
      p.integer = p.mantissa.substr(0, dec);
      p.fractional = p.mantissa.substr(dec + 1);
    }
    parts.push_back(std::move(p));
  }
  // Validation (F&O 4.7.3).
  for (const Parts& p : parts) {
    const U32& sub = p.subpicture;
    const char* code = nullptr;
    size_t dec = Find(sub, decimal_sep);
    if (dec != RFind(sub, decimal_sep)) code = "D3081";
    if (Find(sub, percent) != RFind(sub, percent)) code = "D3082";
    if (Find(sub, per_mille) != RFind(sub, per_mille)) code = "D3083";
    if (Find(sub, percent) != U32::npos && Find(sub, per_mille) != U32::npos) code = "D3084";
    bool any_active = false;
    for (char32_t c : sub) any_active = any_active || is_active(c);
    if (!any_active) {
      *error = MakeError("D3086");
      return std::nullopt;
    }
    bool valid = false;
    for (char32_t c : p.mantissa) valid = valid || is_family(c) || is_char(c, digit);
    if (!valid) code = "D3085";
    for (char32_t c : p.active) {
      if (!is_active(c)) code = "D3086";
    }
    if (dec != U32::npos) {
      if ((dec > 0 && is_char(sub[dec - 1], grouping_sep)) ||
          (dec + 1 < sub.size() && is_char(sub[dec + 1], grouping_sep))) {
        code = "D3087";
      }
    } else if (!p.integer.empty() && is_char(p.integer.back(), grouping_sep)) {
      code = "D3088";
    }
    if (Find(sub, grouping_sep + grouping_sep) != U32::npos) code = "D3089";
    size_t opt = Find(p.integer, digit);
    if (opt != U32::npos) {
      for (size_t i = 0; i < opt; ++i) {
        if (is_family(p.integer[i])) code = "D3090";
      }
    }
    opt = RFind(p.fractional, digit);
    if (opt != U32::npos) {
      for (size_t i = opt; i < p.fractional.size(); ++i) {
        if (is_family(p.fractional[i])) code = "D3091";
      }
    }
    if (p.exponent && !p.exponent->empty() &&
        (Find(sub, percent) != U32::npos || Find(sub, per_mille) != U32::npos)) {
      code = "D3092";
    }
    if (p.exponent) {
      bool bad = p.exponent->empty();
      for (char32_t c : *p.exponent) bad = bad || !is_family(c);
      if (bad) code = "D3093";
    }
    if (code != nullptr) {
      *error = MakeError(code);
      return std::nullopt;
    }
  }
  // Analysis (F&O 4.7.4).
  std::vector<Analysis> vars;
  for (const Parts& p : parts) {
    Analysis a;
    auto grouping = [&](const U32& part, bool to_left) {
      std::vector<int> positions;
      size_t g = Find(part, grouping_sep);
      while (g != U32::npos) {
        U32 side = to_left ? part.substr(0, g) : part.substr(g);
        int n = 0;
        for (char32_t c : side) n += (is_family(c) || is_char(c, digit)) ? 1 : 0;
        positions.push_back(n);
        g = Find(p.integer, grouping_sep, g + 1);
      }
      return positions;
    };
    a.integer_grouping = grouping(p.integer, false);
    if (!a.integer_grouping.empty()) {
      int factor = a.integer_grouping[0];
      for (int v : a.integer_grouping) factor = Gcd(factor, v);
      bool regular = factor > 0;
      for (size_t k = 1; regular && k <= a.integer_grouping.size(); ++k) {
        bool found = false;
        for (int v : a.integer_grouping) found = found || v == static_cast<int>(k) * factor;
        regular = found;
      }
      a.regular_grouping = regular ? factor : 0;
    }
    a.fractional_grouping = grouping(p.fractional, true);
    for (char32_t c : p.integer) a.minimum_integer += is_family(c) ? 1 : 0;
    a.scaling_factor = a.minimum_integer;
    for (char32_t c : p.fractional) {
      a.minimum_fractional += is_family(c) ? 1 : 0;
      a.maximum_fractional += (is_family(c) || is_char(c, digit)) ? 1 : 0;
    }
    const bool exponent_present = p.exponent.has_value();
    if (a.minimum_integer == 0 && a.maximum_fractional == 0) {
      if (exponent_present) {
        a.minimum_fractional = 1;
        a.maximum_fractional = 1;
      } else {
        a.minimum_integer = 1;
      }
    }
    if (exponent_present && a.minimum_integer == 0 && Find(p.integer, digit) != U32::npos) {
      a.minimum_integer = 1;
    }
    if (a.minimum_integer == 0 && a.minimum_fractional == 0) a.minimum_fractional = 1;
    if (exponent_present) {
      for (char32_t c : *p.exponent) a.minimum_exponent += is_family(c) ? 1 : 0;
    }
    a.prefix = p.prefix;
    a.suffix = p.suffix;
    a.picture = p.subpicture;
    vars.push_back(std::move(a));
  }
  if (vars.size() == 1) {
    Analysis neg = vars[0];
    neg.prefix = minus + neg.prefix;
    vars.push_back(std::move(neg));
  }
  const Analysis& pic = value >= 0 ? vars[0] : vars[1];
  double adjusted = value;
  if (Find(pic.picture, percent) != U32::npos) {
    adjusted = value * 100;
  } else if (Find(pic.picture, per_mille) != U32::npos) {
    adjusted = value * 1000;
  }
  double mantissa = std::fabs(adjusted);
  std::optional<int> exponent;
  if (pic.minimum_exponent != 0) {
    const double max_m = std::pow(10, pic.scaling_factor);
    const double min_m = std::pow(10, pic.scaling_factor - 1);
    int e = 0;
    for (int guard = 0; mantissa < min_m && mantissa != 0 && guard < 400; ++guard) {
      mantissa *= 10;
      e -= 1;
    }
    for (int guard = 0; mantissa > max_m && guard < 400; ++guard) {
      mantissa /= 10;
      e += 1;
    }
    exponent = e;
  }
  const double rounded = RoundHalfEven(mantissa, pic.maximum_fractional);
  auto make_string = [&](double v, int dp) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", dp, std::fabs(v));
    U32 s = ToCodePoints(buf);
    if (zero != U'0') {
      for (char32_t& c : s) {
        if (c >= U'0' && c <= U'9') c = zero + (c - U'0');
      }
    }
    return s;
  };
  U32 s = make_string(rounded, pic.maximum_fractional);
  size_t dot = s.find(U'.');
  if (dot == U32::npos) {
    s += decimal_sep;
  } else {
    s.replace(dot, 1, decimal_sep);
  }
  while (!s.empty() && s.front() == zero) s.erase(0, 1);
  while (!s.empty() && s.back() == zero) s.pop_back();
  size_t decimal_pos = Find(s, decimal_sep);
  int pad_left = pic.minimum_integer - static_cast<int>(decimal_pos);
  int pad_right = pic.minimum_fractional - static_cast<int>(s.size() - decimal_pos - 1);
  if (pad_left > 0) s = U32(static_cast<size_t>(pad_left), zero) + s;
  if (pad_right > 0) s += U32(static_cast<size_t>(pad_right), zero);
  decimal_pos = Find(s, decimal_sep);
  if (pic.regular_grouping > 0) {
    const int groups = (static_cast<int>(decimal_pos) - 1) / pic.regular_grouping;
    for (int g = 1; g <= groups; ++g) {
      s.insert(decimal_pos - static_cast<size_t>(g * pic.regular_grouping), grouping_sep);
    }
  } else {
    for (int pos : pic.integer_grouping) {
      if (static_cast<int>(decimal_pos) - pos >= 0) {
        s.insert(decimal_pos - static_cast<size_t>(pos), grouping_sep);
      }
      decimal_pos++;
    }
  }
  decimal_pos = Find(s, decimal_sep);
  for (int pos : pic.fractional_grouping) {
    size_t at = static_cast<size_t>(pos) + decimal_pos + 1;
    if (at <= s.size()) s.insert(at, grouping_sep);
  }
  decimal_pos = Find(s, decimal_sep);
  if (Find(pic.picture, decimal_sep) == U32::npos || decimal_pos == s.size() - 1) {
    if (!s.empty()) s.pop_back();
  }
  if (exponent) {
    U32 e = make_string(*exponent, 0);
    int pad = pic.minimum_exponent - static_cast<int>(e.size());
    if (pad > 0) e = U32(static_cast<size_t>(pad), zero) + e;
    s += exponent_sep + (*exponent < 0 ? minus : U32()) + e;
  }
  s = pic.prefix + s + pic.suffix;
  return FromCodePoints(s);
}

}  // namespace asl::jsonata
