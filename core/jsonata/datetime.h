// Date/time formatting and parsing as the reference's datetime.js: ISO 8601 forms and
// XPath F&O 3.1 picture strings ([Y0001]-[M01]-[D01], [FNn], [h]:[m01][P], ...).
#ifndef ASL_CORE_JSONATA_DATETIME_H_
#define ASL_CORE_JSONATA_DATETIME_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/jsonata/error.h"

namespace asl::jsonata {

// new Date(ms).toISOString(): "2017-11-07T15:07:54.972Z".
std::string FormatIso(double ms);

// Date.parse for the ISO 8601 forms the reference accepts; nullopt when not ISO 8601.
std::optional<double> ParseIso(std::string_view text);

// Formats `ms` with an XPath picture; `timezone` like "+0100" or "-05:00" ("" = UTC).
std::optional<std::string> FormatDateTime(double ms, std::string_view picture,
                                          std::string_view timezone, Error* error);

// Parses `text` with an XPath picture; sets *undefined_result when the text does not
// match the picture (the reference returns undefined then).
std::optional<double> ParseDateTime(std::string_view text, std::string_view picture, Error* error,
                                    bool* undefined_result, double now_millis);

// $formatInteger / $parseInteger.
std::optional<std::string> FormatInteger(double value, std::string_view picture, Error* error);
std::optional<double> ParseInteger(std::string_view text, std::string_view picture, Error* error);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_DATETIME_H_
