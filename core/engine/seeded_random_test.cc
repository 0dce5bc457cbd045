#include "core/engine/seeded_random.h"

#include <gtest/gtest.h>

#include <set>

#include "core/engine/virtual_clock.h"

namespace asl::engine {
namespace {

TEST(SeededRandomTest, SameSeedSameSequence) {
  SeededRandom a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    uint64_t x = a.NextU64();
    EXPECT_EQ(x, b.NextU64());
    differs = differs || x != c.NextU64();
  }
  EXPECT_TRUE(differs);
}

TEST(SeededRandomTest, RangesAndDoublesStayInBounds) {
  SeededRandom r(7);
  std::set<int64_t> seen;
  for (int i = 0; i < 2000; ++i) {
    int64_t v = r.NextInRange(-3, 3);
    EXPECT_GE(v, -3);
    EXPECT_LE(v, 3);
    seen.insert(v);
    double d = r.NextDouble();
    EXPECT_GE(d, 0.0);
    EXPECT_LT(d, 1.0);
  }
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(r.NextInRange(5, 5), 5);
  EXPECT_EQ(r.NextInRange(5, 1), 5);
  r.NextInRange(INT64_MIN, INT64_MAX);  // The full range must not loop or trap.
}

TEST(SeededRandomTest, UuidsAreVersion4) {
  SeededRandom r(1);
  std::string u = r.NextUuid();
  ASSERT_EQ(u.size(), 36u);
  EXPECT_EQ(u[8], '-');
  EXPECT_EQ(u[13], '-');
  EXPECT_EQ(u[14], '4');
  EXPECT_EQ(u[18], '-');
  EXPECT_NE(std::string("89ab").find(u[19]), std::string::npos) << u;
  EXPECT_EQ(u[23], '-');
  for (char c : u) EXPECT_NE(std::string("0123456789abcdef-").find(c), std::string::npos);
  EXPECT_NE(u, r.NextUuid());
  EXPECT_EQ(SeededRandom(1).NextUuid(), u);
}

// Task tokens and States.UUID() in recorded runs depend on these exact strings.
TEST(SeededRandomTest, UuidsOfASeedAreStable) {
  SeededRandom r(1);
  EXPECT_EQ(r.NextUuid(), "b3f2af6d-0fc7-40c5-853b-559647364cea");
  EXPECT_EQ(r.NextUuid(), "92f89756-082a-4514-a42e-1c7bc266a3a7");
  EXPECT_EQ(r.NextUuid(), "b27a48e2-9a23-4673-a4c1-23126ffda722");
  EXPECT_EQ(SeededRandom(0).NextUuid(), "99ec5f36-cb75-42b4-bf6e-1f784956452a");
}

// The overload that writes into a string gives the same sequence and reuses the string's buffer.
TEST(SeededRandomTest, UuidIntoAStringReusesItsBuffer) {
  SeededRandom r(1);
  std::string token = "a longer text than any UUID, so that the buffer need not grow";
  const char* buffer = token.data();
  r.NextUuid(token);
  EXPECT_EQ(token, "b3f2af6d-0fc7-40c5-853b-559647364cea");
  EXPECT_EQ(token.data(), buffer);
  r.NextUuid(token);
  EXPECT_EQ(token, "92f89756-082a-4514-a42e-1c7bc266a3a7");
  EXPECT_EQ(token.data(), buffer);
}

TEST(VirtualClockTest, OnlyMovesForward) {
  VirtualClock clock(1000);
  EXPECT_EQ(clock.now_ms(), 1000);
  clock.Advance(500);
  EXPECT_EQ(clock.now_ms(), 1500);
  clock.Advance(-100);
  clock.AdvanceTo(1200);
  EXPECT_EQ(clock.now_ms(), 1500);
  clock.AdvanceTo(9000);
  EXPECT_EQ(clock.now_ms(), 9000);
}

}  // namespace
}  // namespace asl::engine
