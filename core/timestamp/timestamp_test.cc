#include "core/timestamp/timestamp.h"

#include <gtest/gtest.h>

namespace asl::timestamp {
namespace {

TEST(TimestampTest, FormatsWithMillisecondsAndZ) {
  EXPECT_EQ(FormatTimestamp(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(FormatTimestamp(1553631253192), "2019-03-26T20:14:13.192Z");
  EXPECT_EQ(FormatTimestamp(951782400000), "2000-02-29T00:00:00.000Z");
  EXPECT_EQ(FormatTimestamp(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(FormatTimestamp(INT64_MAX), "9999-12-31T23:59:59.999Z");
  EXPECT_EQ(FormatTimestamp(INT64_MIN), "0000-01-01T00:00:00.000Z");
}

TEST(TimestampTest, ParsesRfc3339) {
  EXPECT_EQ(ParseTimestamp("2019-03-26T20:14:13.192Z"), 1553631253192);
  EXPECT_EQ(ParseTimestamp("2019-03-26T20:14:13Z"), 1553631253000);
  EXPECT_EQ(ParseTimestamp("2019-03-26T20:14:13.1Z"), 1553631253100);
  EXPECT_EQ(ParseTimestamp("2019-03-26T20:14:13.123456789Z"), 1553631253123);
  EXPECT_EQ(ParseTimestamp("2019-03-26T21:14:13+01:00"), 1553631253000);
  EXPECT_EQ(ParseTimestamp("2019-03-26T19:44:13-00:30"), 1553631253000);
  EXPECT_EQ(ParseTimestamp("2016-02-29T00:00:00Z"), 1456704000000);
  EXPECT_EQ(ParseTimestamp("1969-12-31T23:59:59.999Z"), -1);
}

TEST(TimestampTest, RoundTrips) {
  for (int64_t ms : {0LL, 1LL, 1700000000123LL, -86400001LL, 253402300799999LL}) {
    EXPECT_EQ(ParseTimestamp(FormatTimestamp(ms)), ms) << ms;
  }
}

TEST(TimestampTest, RejectsWhatTheSpecRejects) {
  for (const char* text : {"", "2019-03-26", "2019-03-26t20:14:13Z", "2019-03-26T20:14:13z",
                           "2019-03-26T20:14:13", "2019-03-26 20:14:13Z", "2019-02-30T00:00:00Z",
                           "2019-13-01T00:00:00Z", "2019-02-29T00:00:00Z", "2019-03-26T24:00:00Z",
                           "2019-03-26T20:14:13.Z", "2019-03-26T20:14:13+0100",
                           "2019-03-26T20:14:13Z ", "19-03-26T20:14:13Z", "2019-03-26T20:60:00Z"}) {
    EXPECT_FALSE(ParseTimestamp(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace asl::timestamp
