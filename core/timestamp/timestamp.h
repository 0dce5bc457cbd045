// RFC 3339 timestamps as Step Functions prints and reads them: one reader for the validator
// (is this a timestamp?) and the engine (which instant?), so they cannot disagree.
//
// Instants are milliseconds since the Unix epoch (UTC). The service prints them with
// millisecond precision and a "Z" (e.g. the context object's $$.Execution.StartTime,
// "2019-03-26T20:14:13.192Z"). The ASL spec requires an uppercase "T" between date and time and
// either "Z" or a numeric offset; fractional seconds are optional.
#ifndef ASL_CORE_TIMESTAMP_TIMESTAMP_H_
#define ASL_CORE_TIMESTAMP_TIMESTAMP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace asl::timestamp {

// "YYYY-MM-DDTHH:MM:SS.mmmZ" for years 0000-9999; instants outside that range are clamped.
std::string FormatTimestamp(int64_t epoch_ms);

// The instant of an RFC 3339 date-time ("2016-03-14T01:59:00Z", "...00.5+01:00"), truncated to
// milliseconds, or nullopt when the text is not one (including invalid dates such as Feb 30).
std::optional<int64_t> ParseTimestamp(std::string_view text);

}  // namespace asl::timestamp

#endif  // ASL_CORE_TIMESTAMP_TIMESTAMP_H_
