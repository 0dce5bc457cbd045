// XPath F&O 3.1 format-integer pictures, as the reference's datetime.js implements them:
// decimal digit patterns (any Unicode digit family, grouping separators, ordinals),
// letters (a/A), roman numerals (i/I) and words (w/W/Ww).
#ifndef ASL_CORE_JSONATA_INTEGER_FORMAT_H_
#define ASL_CORE_JSONATA_INTEGER_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/jsonata/error.h"

namespace asl::jsonata {

struct IntegerPicture {
  enum class Primary { kDecimal, kLetters, kRoman, kWords, kSequence };
  enum class Case { kLower, kUpper, kTitle };
  Primary primary = Primary::kDecimal;
  Case letter_case = Case::kLower;
  bool ordinal = false;
  char32_t zero_code = '0';
  int mandatory_digits = 0;
  int optional_digits = 0;
  struct Separator {
    int position;
    char32_t character;
  };
  bool regular = false;
  std::vector<Separator> separators;  // Regular: one entry with the repeat interval.
  int parse_width = 0;                // Fixed digit count when parsing adjacent fields.
  std::string token;                  // kSequence: the unsupported picture.
};

// Analyses a picture ("#,##0", "w", "i;o"); fails with D3131 for mixed digit families.
std::optional<IntegerPicture> AnalyseIntegerPicture(std::u32string_view picture, Error* error);

// Formats `value` (already an integer) with an analysed picture; D3130 for sequences.
std::optional<std::string> FormatIntegerWith(double value, const IntegerPicture& picture,
                                             Error* error);

// The regular expression (engine syntax) matching values written with `picture`, and the
// conversion of a matched text back to a number.
std::optional<std::string> IntegerRegex(const IntegerPicture& picture, Error* error);
double ParseIntegerText(std::string_view text, const IntegerPicture& picture);

// English words for a number ("one hundred and twenty-three", ordinal "first").
std::string NumberToWords(double value, bool ordinal);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_INTEGER_FORMAT_H_
