// $formatNumber: XPath F&O 3.1 fn:format-number pictures ("#,##0.00", "0.0e0", "00%")
// with the decimal-format properties the options object may override.
#ifndef ASL_CORE_JSONATA_FORMAT_NUMBER_H_
#define ASL_CORE_JSONATA_FORMAT_NUMBER_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/jsonata/error.h"

namespace asl::jsonata {

// `options` maps property names ("decimal-separator", "zero-digit", ...) to characters.
std::optional<std::string> FormatNumberPicture(double value, std::string_view picture,
                                               const std::map<std::string, std::string>& options,
                                               Error* error);

// The reference's $round: half to even at `precision` decimal places.
double RoundHalfEven(double value, int precision);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_FORMAT_NUMBER_H_
