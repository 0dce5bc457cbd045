#include "core/jsonata/integer_format.h"

#include <cmath>
#include <map>

#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

constexpr const char* kFew[] = {"Zero",    "One",     "Two",       "Three",    "Four",
                                "Five",    "Six",     "Seven",     "Eight",    "Nine",
                                "Ten",     "Eleven",  "Twelve",    "Thirteen", "Fourteen",
                                "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
constexpr const char* kOrdinals[] = {
    "Zeroth",     "First",     "Second",    "Third",       "Fourth",     "Fifth",     "Sixth",
    "Seventh",    "Eighth",    "Ninth",     "Tenth",       "Eleventh",   "Twelfth",   "Thirteenth",
    "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"};
constexpr const char* kDecades[] = {"Twenty",  "Thirty", "Forty",  "Fifty",  "Sixty",
                                    "Seventy", "Eighty", "Ninety", "Hundred"};
constexpr const char* kMagnitudes[] = {"Thousand", "Million", "Billion", "Trillion"};

constexpr char32_t kDecimalGroups[] = {
    0x30,   0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
    0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10};

std::string Lookup(double num, bool prev, bool ord, int depth) {
  std::string words;
  if (depth > 20) return words;
  if (num <= 19) {
    words = std::string(prev ? " and " : "") +
            (ord ? kOrdinals[static_cast<int>(num)] : kFew[static_cast<int>(num)]);
  } else if (num < 100) {
    const int tens = static_cast<int>(num / 10);
    const int remainder = static_cast<int>(std::fmod(num, 10));
    words = std::string(prev ? " and " : "") + kDecades[tens - 2];
    if (remainder > 0) {
      words += "-" + Lookup(remainder, false, ord, depth + 1);
    } else if (ord) {
      words = words.substr(0, words.size() - 1) + "ieth";
    }
  } else if (num < 1000) {
    const int hundreds = static_cast<int>(num / 100);
    const double remainder = std::fmod(num, 100);
    words = std::string(prev ? ", " : "") + kFew[hundreds] + " Hundred";
    if (remainder > 0) {
      words += Lookup(remainder, true, ord, depth + 1);
    } else if (ord) {
      words += "th";
    }
  } else {
    int mag = static_cast<int>(std::floor(std::log10(num) / 3));
    if (mag > 4) mag = 4;
    const double factor = std::pow(10, mag * 3);
    const double mant = std::floor(num / factor);
    const double remainder = num - mant * factor;
    words = std::string(prev ? ", " : "") + Lookup(mant, false, false, depth + 1) + " " +
            kMagnitudes[mag - 1];
    if (remainder > 0) {
      words += Lookup(remainder, true, ord, depth + 1);
    } else if (ord) {
      words += "th";
    }
  }
  return words;
}

const std::map<std::string, double>& WordValues() {
  static const auto* values = [] {
    auto* m = new std::map<std::string, double>();
    auto lower = [](std::string s) {
      for (char& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
      return s;
    };
    for (int i = 0; i < 20; ++i) (*m)[lower(kFew[i])] = i;
    for (int i = 0; i < 20; ++i) (*m)[lower(kOrdinals[i])] = i;
    for (int i = 0; i < 9; ++i) {
      std::string w = lower(kDecades[i]);
      (*m)[w] = (i + 2) * 10;
      (*m)[w.substr(0, w.size() - 1) + "ieth"] = (i + 2) * 10;
    }
    (*m)["hundredth"] = 100;
    for (int i = 0; i < 4; ++i) {
      std::string w = lower(kMagnitudes[i]);
      (*m)[w] = std::pow(10, (i + 1) * 3);
      (*m)[w + "th"] = std::pow(10, (i + 1) * 3);
    }
    return m;
  }();
  return *values;
}

double WordsToNumber(std::string text) {
  // Split on ", ", " and ", whitespace and '-'.
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ',' && i + 1 < text.size() && isspace(static_cast<unsigned char>(text[i + 1]))) {
      parts.push_back(cur);
      cur.clear();
      ++i;
    } else if (isspace(static_cast<unsigned char>(c)) && text.compare(i, 5, " and ") == 0) {
      parts.push_back(cur);
      cur.clear();
      i += 4;
    } else if (isspace(static_cast<unsigned char>(c)) || c == '-' || c == '\\') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  std::vector<double> segs{0};
  for (const std::string& p : parts) {
    auto it = WordValues().find(p);
    double value = it == WordValues().end() ? NAN : it->second;
    if (value < 100) {
      double top = segs.back();
      segs.pop_back();
      if (top >= 1000) {
        segs.push_back(top);
        top = 0;
      }
      segs.push_back(top + value);
    } else {
      double top = segs.back();
      segs.pop_back();
      segs.push_back(top * value);
    }
  }
  double total = 0;
  for (double s : segs) total += s;
  return total;
}

// Beyond this a roman numeral is thousands of 'm's (the reference recurses per numeral).
constexpr double kMaxRoman = 1e7;

std::string DecimalToRoman(double value) {
  static const std::pair<int, const char*> kRoman[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  if (!(value <= kMaxRoman)) return out;
  int64_t v = static_cast<int64_t>(value);
  for (auto [n, s] : kRoman) {
    while (v >= n) {
      out += s;
      v -= n;
    }
  }
  return out;
}

double RomanToDecimal(std::string_view roman) {
  double decimal = 0;
  double max = 1;
  for (size_t i = roman.size(); i-- > 0;) {
    double value = 0;
    switch (roman[i]) {
      case 'M':
        value = 1000;
        break;
      case 'D':
        value = 500;
        break;
      case 'C':
        value = 100;
        break;
      case 'L':
        value = 50;
        break;
      case 'X':
        value = 10;
        break;
      case 'V':
        value = 5;
        break;
      case 'I':
        value = 1;
        break;
      default:
        value = NAN;
        break;
    }
    if (value < max) {
      decimal -= value;
    } else {
      max = value;
      decimal += value;
    }
  }
  return decimal;
}

std::string DecimalToLetters(double value, char a) {
  std::string letters;
  double v = std::floor(value);
  while (v > 0) {
    letters.insert(letters.begin(), static_cast<char>(std::fmod(v - 1, 26) + a));
    v = std::floor((v - 1) / 26);
  }
  return letters;
}

double LettersToDecimal(std::string_view letters, char a) {
  double decimal = 0;
  for (size_t i = 0; i < letters.size(); ++i) {
    decimal += (letters[letters.size() - i - 1] - a + 1) * std::pow(26, static_cast<double>(i));
  }
  return decimal;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return s;
}

int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }

}  // namespace

std::string NumberToWords(double value, bool ordinal) { return Lookup(value, false, ordinal, 0); }

std::optional<IntegerPicture> AnalyseIntegerPicture(std::u32string_view picture, Error* error) {
  IntegerPicture format;
  std::u32string primary(picture);
  size_t semicolon = picture.rfind(U';');
  if (semicolon != std::u32string_view::npos) {
    primary = std::u32string(picture.substr(0, semicolon));
    std::u32string_view modifier = picture.substr(semicolon + 1);
    if (!modifier.empty() && modifier[0] == U'o') format.ordinal = true;
  }
  if (primary == U"A" || primary == U"a") {
    format.letter_case =
        primary == U"A" ? IntegerPicture::Case::kUpper : IntegerPicture::Case::kLower;
    format.primary = IntegerPicture::Primary::kLetters;
    return format;
  }
  if (primary == U"I" || primary == U"i") {
    format.letter_case =
        primary == U"I" ? IntegerPicture::Case::kUpper : IntegerPicture::Case::kLower;
    format.primary = IntegerPicture::Primary::kRoman;
    return format;
  }
  if (primary == U"W" || primary == U"Ww" || primary == U"w") {
    format.letter_case = primary == U"W"    ? IntegerPicture::Case::kUpper
                         : primary == U"Ww" ? IntegerPicture::Case::kTitle
                                            : IntegerPicture::Case::kLower;
    format.primary = IntegerPicture::Primary::kWords;
    return format;
  }
  std::optional<char32_t> zero;
  int mandatory = 0, optional_digits = 0, position = 0;
  std::vector<IntegerPicture::Separator> separators;
  for (size_t i = primary.size(); i-- > 0;) {
    char32_t cp = primary[i];
    bool digit = false;
    for (char32_t group : kDecimalGroups) {
      if (cp >= group && cp <= group + 9) {
        digit = true;
        ++mandatory;
        ++position;
        if (!zero) {
          zero = group;
        } else if (*zero != group) {
          *error = MakeError("D3131");
          return std::nullopt;
        }
        break;
      }
    }
    if (!digit) {
      if (cp == U'#') {
        ++position;
        ++optional_digits;
      } else {
        separators.push_back({position, cp});
      }
    }
  }
  if (mandatory == 0) {
    format.primary = IntegerPicture::Primary::kSequence;
    format.token = FromCodePoints(primary);
    return format;
  }
  format.primary = IntegerPicture::Primary::kDecimal;
  format.zero_code = *zero;
  format.mandatory_digits = mandatory;
  format.optional_digits = optional_digits;
  int regular = 0;
  if (!separators.empty()) {
    bool same = true;
    for (const auto& s : separators) same = same && s.character == separators[0].character;
    if (same) {
      int factor = separators[0].position;
      for (const auto& s : separators) factor = Gcd(factor, s.position);
      bool all = true;
      for (size_t k = 1; k <= separators.size(); ++k) {
        bool found = false;
        for (const auto& s : separators)
          found = found || s.position == static_cast<int>(k) * factor;
        all = all && found;
      }
      if (all) regular = factor;
    }
  }
  if (regular > 0) {
    format.regular = true;
    format.separators = {{regular, separators[0].character}};
  } else {
    format.separators = separators;
  }
  return format;
}

std::optional<std::string> FormatIntegerWith(double value, const IntegerPicture& format,
                                             Error* error) {
  std::string out;
  const bool negative = value < 0;
  value = std::fabs(value);
  switch (format.primary) {
    case IntegerPicture::Primary::kLetters:
      out = DecimalToLetters(value, format.letter_case == IntegerPicture::Case::kUpper ? 'A' : 'a');
      break;
    case IntegerPicture::Primary::kRoman:
      out = DecimalToRoman(value);
      if (format.letter_case == IntegerPicture::Case::kUpper) out = Upper(out);
      break;
    case IntegerPicture::Primary::kWords:
      out = NumberToWords(value, format.ordinal);
      if (format.letter_case == IntegerPicture::Case::kUpper) out = Upper(out);
      if (format.letter_case == IntegerPicture::Case::kLower) out = Lower(out);
      break;
    case IntegerPicture::Primary::kDecimal: {
      std::u32string digits = ToCodePoints(FormatNumber(value));
      if (static_cast<int>(digits.size()) < format.mandatory_digits) {
        digits = std::u32string(format.mandatory_digits - digits.size(), U'0') + digits;
      }
      if (format.zero_code != U'0') {
        for (char32_t& c : digits) c = c - U'0' + format.zero_code;
      }
      if (format.regular) {
        const int every = format.separators[0].position;
        const int n = (static_cast<int>(digits.size()) - 1) / every;
        for (int k = n; k > 0; --k) {
          size_t pos = digits.size() - static_cast<size_t>(k * every);
          digits.insert(digits.begin() + static_cast<long>(pos), format.separators[0].character);
        }
      } else {
        for (auto it = format.separators.rbegin(); it != format.separators.rend(); ++it) {
          long pos = static_cast<long>(digits.size()) - it->position;
          if (pos < 0) pos = 0;
          digits.insert(digits.begin() + pos, it->character);
        }
      }
      out = FromCodePoints(digits);
      if (format.ordinal) {
        char last = out.empty() ? '0' : out.back();
        const char* suffix = last == '1' ? "st" : last == '2' ? "nd" : last == '3' ? "rd" : "th";
        if (out.size() > 1 && out[out.size() - 2] == '1') suffix = "th";
        out += suffix;
      }
      break;
    }
    case IntegerPicture::Primary::kSequence:
      *error = MakeError("D3130", -1, {}, "\"" + format.token + "\"");
      return std::nullopt;
  }
  if (negative) out = "-" + out;
  return out;
}

std::optional<std::string> IntegerRegex(const IntegerPicture& format, Error* error) {
  const bool upper = format.letter_case == IntegerPicture::Case::kUpper;
  switch (format.primary) {
    case IntegerPicture::Primary::kLetters:
      return std::string(upper ? "[A-Z]+" : "[a-z]+");
    case IntegerPicture::Primary::kRoman:
      return std::string(upper ? "[MDCLXVI]+" : "[mdclxvi]+");
    case IntegerPicture::Primary::kWords: {
      std::string re = "(?:";
      for (const auto& [word, v] : WordValues()) re += word + "|";
      re += "and|[\\-, ])+";
      return re;
    }
    case IntegerPicture::Primary::kDecimal: {
      std::string re = "[0-9]";
      re += format.parse_width > 0 ? "{" + std::to_string(format.parse_width) + "}" : "+";
      if (format.ordinal) re += "(?:th|st|nd|rd)";
      return re;
    }
    case IntegerPicture::Primary::kSequence:
      *error = MakeError("D3130", -1, {}, "\"" + format.token + "\"");
      return std::nullopt;
  }
  return std::nullopt;
}

double ParseIntegerText(std::string_view text, const IntegerPicture& format) {
  const bool upper = format.letter_case == IntegerPicture::Case::kUpper;
  switch (format.primary) {
    case IntegerPicture::Primary::kLetters:
      return LettersToDecimal(text, upper ? 'A' : 'a');
    case IntegerPicture::Primary::kRoman:
      return RomanToDecimal(upper ? std::string(text) : Upper(std::string(text)));
    case IntegerPicture::Primary::kWords:
      return WordsToNumber(Lower(std::string(text)));
    case IntegerPicture::Primary::kDecimal: {
      std::u32string digits = ToCodePoints(text);
      if (format.ordinal && digits.size() >= 2) digits.resize(digits.size() - 2);
      std::u32string kept;
      for (char32_t c : digits) {
        bool sep = false;
        if (format.regular) {
          sep = c == U',';
        } else {
          for (const auto& s : format.separators) sep = sep || s.character == c;
        }
        if (!sep) kept += c;
      }
      if (format.zero_code != U'0') {
        for (char32_t& c : kept) c = c - format.zero_code + U'0';
      }
      // parseInt: leading digits.
      double v = 0;
      size_t i = 0;
      bool any = false;
      bool neg = false;
      if (i < kept.size() && (kept[i] == U'-' || kept[i] == U'+')) neg = kept[i++] == U'-';
      for (; i < kept.size() && kept[i] >= U'0' && kept[i] <= U'9'; ++i) {
        v = v * 10 + (kept[i] - U'0');
        any = true;
      }
      if (!any) return NAN;
      return neg ? -v : v;
    }
    case IntegerPicture::Primary::kSequence:
      return NAN;
  }
  return NAN;
}

}  // namespace asl::jsonata
