// One test per case of the JSONata reference suite. Cases listed in skipped.txt are
// skipped with their reason; every other case must pass.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/json/writer.h"
#include "core/jsonata/jsonata.h"
#include "corpus.h"

namespace asl::jsonata::testing {
namespace {

// The budget of a case that sets none. A few cases (large flattening, performance) take about
// 4 s under AddressSanitizer, so sanitizer builds give them more room on a loaded machine; a
// case's own "timelimit" (which tests the timeout itself) is kept as written.
#if defined(__SANITIZE_ADDRESS__)
constexpr int64_t kDefaultTimeLimitMs = 120'000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int64_t kDefaultTimeLimitMs = 120'000;
#else
constexpr int64_t kDefaultTimeLimitMs = 10'000;
#endif
#else
constexpr int64_t kDefaultTimeLimitMs = 10'000;
#endif

struct Tally {
  int passed = 0;
  int failed = 0;
  int skipped = 0;
};

Tally& Counts() {
  static Tally tally;
  return tally;
}

const std::string& Dir() {
  static const std::string* dir = new std::string(CorpusDir());
  return *dir;
}

const std::map<std::string, std::string>& Skips() {
  static const auto* skips =
      new std::map<std::string, std::string>(LoadSkipList(ASL_JSONATA_SKIP_FILE));
  return *skips;
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names = ListCaseNames(Dir());
  if (names.empty()) names.push_back("corpus_absent");
  return names;
}

std::string Describe(const Result& r) {
  switch (r.kind) {
    case Result::Kind::kValue:
      return "value " + json::Serialize(r.value);
    case Result::Kind::kUndefined:
      return "undefined";
    case Result::Kind::kError:
      return "error " + r.error.code + " at " + std::to_string(r.error.position) + ": " +
             r.error.message;
  }
  return "";
}

class JsonataConformance : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonataConformance, Case) {
  if (GetParam() == "corpus_absent") {
    std::printf("JSONata corpus not found (set ASL_CONFORMANCE_DIR); skipping.\n");
    GTEST_SKIP();
  }
  const Case c = LoadCase(Dir(), GetParam());
  std::string base = c.name.substr(0, c.name.find('['));
  auto skip = Skips().find(c.name);
  if (skip == Skips().end()) skip = Skips().find(base);
  // ASL_JSONATA_RUN_SKIPPED=1 runs the listed cases too (to find ones that now pass).
  const bool run_skipped = std::getenv("ASL_JSONATA_RUN_SKIPPED") != nullptr;
  if (skip != Skips().end() && !run_skipped) {
    ++Counts().skipped;
    GTEST_SKIP() << skip->second;
  }
  ASSERT_TRUE(c.load_error.empty()) << c.load_error;

  Limits limits;
  limits.time_limit_ms = c.timelimit.value_or(kDefaultTimeLimitMs);
  if (c.depth) limits.max_depth = *c.depth;
  Bindings bindings;
  if (c.bindings.is_object()) {
    for (const json::Member& m : c.bindings.as_object()) bindings.Set(m.key, m.value);
  }
  Result r;
  auto compiled = Compile(c.expr);
  if (auto* error = std::get_if<Error>(&compiled)) {
    r.kind = Result::Kind::kError;
    r.error = *error;
  } else {
    r = Evaluate(std::get<Expression>(compiled), c.input, bindings, limits);
  }
  bool ok = false;
  std::string expected;
  if (!c.code.empty()) {
    ok = r.kind == Result::Kind::kError && r.error.code == c.code;
    expected = "error " + c.code;
  } else if (c.undefined_result) {
    ok = r.kind == Result::Kind::kUndefined;
    expected = "undefined";
  } else if (c.result) {
    ok = r.kind == Result::Kind::kValue && r.value == *c.result;
    expected = "value " + json::Serialize(*c.result);
  } else {
    ok = r.kind == Result::Kind::kUndefined;
    expected = "undefined (no expectation given)";
  }
  ++(ok ? Counts().passed : Counts().failed);
  EXPECT_TRUE(ok) << "expr: " << c.expr << "\nexpected: " << expected
                  << "\nactual:   " << Describe(r);
}

INSTANTIATE_TEST_SUITE_P(Corpus, JsonataConformance, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n;
                           for (char ch : info.param) {
                             n += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                           }
                           return n;
                         });

class SummaryPrinter : public ::testing::Environment {
 public:
  void TearDown() override {
    const Tally& t = Counts();
    const int run = t.passed + t.failed + t.skipped;
    if (run > 1) {
      std::printf("JSONata conformance: %d passed, %d failed, %d skipped (listed) of %d\n",
                  t.passed, t.failed, t.skipped, run);
    }
  }
};

const auto* const kSummary = ::testing::AddGlobalTestEnvironment(new SummaryPrinter);

}  // namespace
}  // namespace asl::jsonata::testing
