// A cheap reader for the small documents that hosts send once per task (a task's result such as
// {"i": 42} or "done"), beside the full parser.
//
// Contract: ParseSmallDocument accepts only documents of a narrow shape, and reads every
// document it accepts exactly as json::Parse does; for anything else (including every invalid
// document) it returns nullopt, and the caller parses the text with json::Parse, which also
// says what is wrong. The shape: optional whitespace around one scalar, or around one object of
// at most kMaxSmallMembers members with distinct keys whose values are scalars. A scalar here
// is null, true, false, an integer of at most 18 digits, or a string of printable ASCII
// without escapes (keys likewise).
#ifndef ASL_CORE_JSON_SMALL_DOCUMENT_H_
#define ASL_CORE_JSON_SMALL_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/json/value.h"

namespace asl::json {

inline constexpr size_t kMaxSmallMembers = 8;

std::optional<Value> ParseSmallDocument(std::string_view text);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_SMALL_DOCUMENT_H_
