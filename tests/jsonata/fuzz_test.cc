// Robustness: deterministic mutations of every corpus expression (truncations, byte
// flips, insertions of operators and brackets, duplications) must compile or fail with
// an error value, and evaluate within the limits, never crash or hang.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "core/jsonata/jsonata.h"
#include "corpus.h"

namespace asl::jsonata::testing {
namespace {

constexpr const char* kFragments[] = {"(",   ")", "[",  "]",  "{",
                                      "}",   "$", "$$", "..", ".",
                                      "~>",  "|", "?",  ":",  ":=",
                                      "**",  "%", "@",  "#",  "^(",
                                      "\"",  "'", "/",  "`",  "function($x){",
                                      "$f(", ",", ";"};

uint64_t Next(uint64_t& state) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

std::string Mutate(const std::string& expr, uint64_t& state) {
  std::string s = expr;
  const int edits = 1 + static_cast<int>(Next(state) % 3);
  for (int i = 0; i < edits; ++i) {
    const size_t pos = s.empty() ? 0 : Next(state) % (s.size() + 1);
    switch (Next(state) % 5) {
      case 0:
        s = s.substr(0, pos);
        break;
      case 1:
        if (!s.empty() && pos < s.size()) s[pos] = static_cast<char>(Next(state) % 94 + 32);
        break;
      case 2:
        s.insert(pos, kFragments[Next(state) % (sizeof kFragments / sizeof *kFragments)]);
        break;
      case 3:
        if (pos < s.size()) s.erase(pos, 1 + Next(state) % 4);
        break;
      default:
        s = s.substr(0, pos) + s + s.substr(pos);
        break;
    }
  }
  return s;
}

TEST(JsonataFuzz, MutatedCorpusExpressionsNeverCrashOrHang) {
  const std::vector<Case> cases = LoadCases(CorpusDir());
  if (cases.empty()) {
    std::printf("JSONata corpus not found (set ASL_CONFORMANCE_DIR); skipping.\n");
    GTEST_SKIP();
  }
  uint64_t state = 0x9E3779B97F4A7C15ull;
  Limits limits;
  limits.time_limit_ms = 200;
  limits.max_depth = 500;
  int compiled = 0, evaluated = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const Case& c : cases) {
    for (int round = 0; round < 4; ++round) {
      std::string expr = Mutate(c.expr, state);
      auto result = Compile(expr);
      if (auto* error = std::get_if<Error>(&result)) {
        EXPECT_FALSE(error->code.empty()) << expr;
        continue;
      }
      ++compiled;
      Result r = Evaluate(std::get<Expression>(result), c.input, {}, limits);
      if (r.kind == Result::Kind::kError) EXPECT_FALSE(r.error.code.empty()) << expr;
      ++evaluated;
    }
  }
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_GT(compiled, 0);
  EXPECT_LT(seconds, 240) << "mutated expressions took too long overall";
  std::printf("JSONata fuzz: %d mutated expressions compiled, %d evaluated\n", compiled, evaluated);
}

TEST(JsonataFuzz, DeepNestingFailsCleanly) {
  std::string deep(100000, '(');
  auto result = Compile(deep);
  ASSERT_TRUE(std::holds_alternative<Error>(result));
  std::string brackets;
  for (int i = 0; i < 50000; ++i) brackets += "[";
  EXPECT_TRUE(std::holds_alternative<Error>(Compile(brackets)));
}

TEST(JsonataFuzz, InfiniteRecursionHitsDepthLimit) {
  auto compiled = Compile("($f := function($x){ $f($x) + 1 }; $f(1))");
  ASSERT_TRUE(std::holds_alternative<Expression>(compiled));
  Result r = Evaluate(std::get<Expression>(compiled), std::nullopt, {}, {});
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
}

TEST(JsonataFuzz, InfiniteLoopHitsTimeLimit) {
  auto compiled = Compile("($f := function($x){ $f($x) }; $f(1))");
  ASSERT_TRUE(std::holds_alternative<Expression>(compiled));
  Limits limits;
  limits.time_limit_ms = 100;
  Result r = Evaluate(std::get<Expression>(compiled), std::nullopt, {}, limits);
  ASSERT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error.code, "U1001");
}

}  // namespace
}  // namespace asl::jsonata::testing
