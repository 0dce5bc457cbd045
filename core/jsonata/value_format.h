// Text forms of values as the reference implementation (JavaScript) produces them.
#ifndef ASL_CORE_JSONATA_VALUE_FORMAT_H_
#define ASL_CORE_JSONATA_VALUE_FORMAT_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "core/jsonata/value.h"

namespace asl::jsonata {

// JavaScript's Number.prototype.toString (shortest round trip, "1e+21", "1e-7").
std::string FormatNumber(double d);

// JSON.stringify as the reference's $string uses it: numbers rounded to 15 significant
// digits, functions as "", undefined members omitted; `indent` > 0 pretty-prints.
std::string Stringify(const Value& v, int indent = 0);
// Stringify that gives up, returning nullopt, once the text grows past `max_bytes` or
// `keep_going` (called per array item and object member) returns false.
std::optional<std::string> StringifyWithin(const Value& v, int indent, size_t max_bytes,
                                           const std::function<bool()>& keep_going);

// JSON.stringify(value) for error messages ("undefined" stays empty).
std::string FormatForMessage(const Value& v);

// Decodes UTF-8 into code points (invalid bytes map to U+FFFD).
std::u32string ToCodePoints(std::string_view s);
std::string FromCodePoints(std::u32string_view s);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_VALUE_FORMAT_H_
