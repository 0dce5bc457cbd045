// Analysis of XPath F&O date/time pictures ("[Y0001]-[M01]-[D01]", "[FNn], [D1o]").
#ifndef ASL_CORE_JSONATA_DATETIME_PICTURE_H_
#define ASL_CORE_JSONATA_DATETIME_PICTURE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/jsonata/error.h"
#include "core/jsonata/integer_format.h"

namespace asl::jsonata {

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

// Splits a picture into literals and variable markers (D3132, D3135 on errors).
std::optional<std::vector<PicturePart>> AnalysePicture(std::string_view picture, Error* error);

// A month or day name in the marker's case (upper, lower or as written).
std::string CaseName(std::string name, PicturePart::Names names);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_DATETIME_PICTURE_H_
