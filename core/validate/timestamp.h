// RFC 3339 timestamps as ASL uses them (Wait.Timestamp, Timestamp* comparisons).
#ifndef ASL_CORE_VALIDATE_TIMESTAMP_H_
#define ASL_CORE_VALIDATE_TIMESTAMP_H_

#include <string_view>

namespace asl::validate {

// True for "YYYY-MM-DDThh:mm:ss[.frac](Z|+hh:mm|-hh:mm)" with valid field ranges (the day
// checked against the month and leap years, seconds up to 60 for leap seconds). ASL: "a
// Timestamp ... must conform to RFC3339 profile ISO 8601, with the further restrictions
// that an uppercase T must separate the date and time portions, and an uppercase Z must
// denote that a numeric time zone offset is not present".
bool IsRfc3339Timestamp(std::string_view text);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_TIMESTAMP_H_
