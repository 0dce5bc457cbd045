// Proleptic Gregorian calendar arithmetic on epoch milliseconds (UTC), and the date/time
// components of XPath F&O pictures (year, ISO week, day of week, ...), as datetime.js.
#ifndef ASL_CORE_JSONATA_CALENDAR_H_
#define ASL_CORE_JSONATA_CALENDAR_H_

#include <cstdint>
#include <string>

namespace asl::jsonata {

inline constexpr double kMillisInDay = 86400000.0;
extern const char* const kDayNames[8];     // "", "Monday" ... "Sunday"
extern const char* const kMonthNames[12];  // "January" ... "December"

// Years beyond this are rejected (Date.UTC would give an invalid time).
inline constexpr double kMaxYear = 300000;

// JavaScript's time value range: ±8.64e15 ms around the epoch.
bool IsValidTime(double millis);

// Days since 1970-01-01 for a date; and back.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);
void CivilFromDays(int64_t z, int64_t* y, unsigned* m, unsigned* d);

// Date.UTC(year, month0, day, ...) with month overflow; NaN for out-of-range years.
double UtcMillis(double year, double month, double day = 1, double h = 0, double mi = 0,
                 double s = 0, double ms = 0);

struct UtcDate {
  double millis;
  int64_t year;
  int month;  // 0-11
  int day;
  int hours, minutes, seconds, ms;
  int weekday;  // 0 = Sunday
};
// The UTC fields of a valid time value (an invalid one is treated as the epoch).
UtcDate Breakdown(double millis);

// The value of a picture component: a number, or a name for P (am/pm), C and E.
struct Component {
  double number = 0;
  std::string text;
  bool is_text = false;
};
Component Fragment(const UtcDate& date, char32_t component);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_CALENDAR_H_
