// Reproducers of bugs the fuzz targets found in modules this directory does not own. Each
// is DISABLED_ until its module is fixed; the owner enables it with the fix (run it with
// --gtest_also_run_disabled_tests). The inputs are also under regressions/<target>/.
#include <gtest/gtest.h>

#include <optional>
#include <variant>

#include "core/jsonata/jsonata.h"

namespace asl::fuzz {
namespace {

// fuzz_jsonata, regressions/jsonata/range_of_ten_million_ignores_time_limit: building a
// range of 10,000,000 items (the reference's largest) does not check the time limit, so
// `[1..10000000] ~> $count()` runs for seconds (15 s under ASan) whatever Limits says.
// core/jsonata/evaluator_operators.cc, EvalUnary's range loop.
TEST(OpenBugsTest, DISABLED_JsonataRangeConstructionHonoursTheTimeLimit) {
  auto compiled = jsonata::Compile("[1..10000000] ~> $count()");
  ASSERT_TRUE(std::holds_alternative<jsonata::Expression>(compiled));
  jsonata::Limits limits;
  limits.time_limit_ms = 1;
  jsonata::Result r =
      jsonata::Evaluate(std::get<jsonata::Expression>(compiled), std::nullopt, {}, limits);
  ASSERT_EQ(r.kind, jsonata::Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
}

}  // namespace
}  // namespace asl::fuzz
