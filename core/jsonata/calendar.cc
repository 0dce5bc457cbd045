#include "core/jsonata/calendar.h"

#include <cmath>

namespace asl::jsonata {

// Howard Hinnant's days-from-civil algorithm.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

const char* const kDayNames[8] = {"",         "Monday", "Tuesday",  "Wednesday",
                                  "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kMonthNames[12] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};

// Date.UTC with month overflow.
bool IsValidTime(double millis) { return std::fabs(millis) <= 8.64e15; }

double UtcMillis(double year, double month, double day, double h, double mi, double s, double ms) {
  if (!(std::fabs(year) < kMaxYear) || !std::isfinite(month)) return NAN;
  double y = year + std::floor(month / 12);
  double m = std::fmod(month, 12);
  if (m < 0) m += 12;
  int64_t days = DaysFromCivil(static_cast<int64_t>(y), static_cast<unsigned>(m) + 1, 1);
  return (static_cast<double>(days) + day - 1) * kMillisInDay + h * 3600000 + mi * 60000 +
         s * 1000 + ms;
}

UtcDate Breakdown(double millis) {
  if (!IsValidTime(millis)) millis = 0;
  UtcDate d;
  d.millis = millis;
  const double days = std::floor(millis / kMillisInDay);
  double rem = millis - days * kMillisInDay;
  unsigned m, dd;
  CivilFromDays(static_cast<int64_t>(days), &d.year, &m, &dd);
  d.month = static_cast<int>(m) - 1;
  d.day = static_cast<int>(dd);
  const int64_t r = static_cast<int64_t>(rem);
  d.hours = static_cast<int>(r / 3600000);
  d.minutes = static_cast<int>(r / 60000 % 60);
  d.seconds = static_cast<int>(r / 1000 % 60);
  d.ms = static_cast<int>(r % 1000);
  int64_t wd = (static_cast<int64_t>(days) + 4) % 7;
  if (wd < 0) wd += 7;
  d.weekday = static_cast<int>(wd);
  return d;
}

double StartOfFirstWeek(int64_t year, int month) {
  const double jan1 = UtcMillis(static_cast<double>(year), month);
  int day = Breakdown(jan1).weekday;
  if (day == 0) day = 7;
  return day > 4 ? jan1 + (8 - day) * kMillisInDay : jan1 - (day - 1) * kMillisInDay;
}

double DeltaWeeks(double start, double end) { return (end - start) / (kMillisInDay * 7) + 1; }

Component Fragment(const UtcDate& date, char32_t component) {
  Component c;
  switch (component) {
    case 'Y':
      c.number = static_cast<double>(date.year);
      break;
    case 'M':
      c.number = date.month + 1;
      break;
    case 'D':
      c.number = date.day;
      break;
    case 'd': {
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double first = UtcMillis(static_cast<double>(date.year), 0);
      c.number = (today - first) / kMillisInDay + 1;
      break;
    }
    case 'F':
      c.number = date.weekday == 0 ? 7 : date.weekday;
      break;
    case 'W': {
      double start = StartOfFirstWeek(date.year, 0);
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double week = DeltaWeeks(start, today);
      if (week > 52) {
        if (today >= StartOfFirstWeek(date.year + 1, 0)) week = 1;
      } else if (week < 1) {
        week = DeltaWeeks(StartOfFirstWeek(date.year - 1, 0), today);
      }
      c.number = std::floor(week);
      break;
    }
    case 'w': {
      double start = StartOfFirstWeek(date.year, date.month);
      double today = UtcMillis(static_cast<double>(date.year), date.month, date.day);
      double week = DeltaWeeks(start, today);
      int64_t ny = date.month == 11 ? date.year + 1 : date.year;
      int nm = date.month == 11 ? 0 : date.month + 1;
      int64_t py = date.month == 0 ? date.year - 1 : date.year;
      int pm = date.month == 0 ? 11 : date.month - 1;
      if (week > 4) {
        if (today >= StartOfFirstWeek(ny, nm)) week = 1;
      } else if (week < 1) {
        week = DeltaWeeks(StartOfFirstWeek(py, pm), today);
      }
      c.number = std::floor(week);
      break;
    }
    case 'X': {
      double start = StartOfFirstWeek(date.year, 0);
      double end = StartOfFirstWeek(date.year + 1, 0);
      c.number = static_cast<double>(date.millis < start  ? date.year - 1
                                     : date.millis >= end ? date.year + 1
                                                          : date.year);
      break;
    }
    case 'x': {
      double start = StartOfFirstWeek(date.year, date.month);
      int64_t ny = date.month == 11 ? date.year + 1 : date.year;
      int nm = date.month == 11 ? 0 : date.month + 1;
      double end = StartOfFirstWeek(ny, nm);
      int pm = date.month == 0 ? 11 : date.month - 1;
      c.number = date.millis < start ? pm + 1 : date.millis >= end ? nm + 1 : date.month + 1;
      break;
    }
    case 'H':
      c.number = date.hours;
      break;
    case 'h':
      c.number = date.hours % 12 == 0 ? 12 : date.hours % 12;
      break;
    case 'P':
      c.is_text = true;
      c.text = date.hours >= 12 ? "pm" : "am";
      break;
    case 'm':
      c.number = date.minutes;
      break;
    case 's':
      c.number = date.seconds;
      break;
    case 'f':
      c.number = date.ms;
      break;
    case 'C':
    case 'E':
      c.is_text = true;
      c.text = "ISO";
      break;
    default:
      break;
  }
  return c;
}

}  // namespace asl::jsonata
