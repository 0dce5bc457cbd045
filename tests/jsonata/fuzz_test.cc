// Robustness: deterministic mutations of every corpus expression (truncations, byte
// flips, insertions of operators and brackets, duplications) must compile or fail with
// an error value, and evaluate within the limits, never crash or hang.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "core/json/parser.h"
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
    for (int round = 0; round < 12; ++round) {
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

// Random sequences of JSONata tokens, including built-in calls with extreme arguments.
TEST(JsonataFuzz, RandomTokenSequencesNeverCrashOrHang) {
  static constexpr const char* kTokens[] = {"a",
                                            "b",
                                            "$",
                                            "$$",
                                            "$x",
                                            "1",
                                            "0",
                                            "-1",
                                            "1e300",
                                            "-1e300",
                                            "0.5",
                                            "\"s\"",
                                            "'t'",
                                            "true",
                                            "null",
                                            "(",
                                            ")",
                                            "[",
                                            "]",
                                            "{",
                                            "}",
                                            ",",
                                            ";",
                                            ":",
                                            ".",
                                            "..",
                                            "*",
                                            "**",
                                            "%",
                                            "+",
                                            "-",
                                            "/",
                                            "=",
                                            "!=",
                                            "<",
                                            ">=",
                                            "&",
                                            "and",
                                            "or",
                                            "in",
                                            "?",
                                            "??",
                                            "?:",
                                            ":=",
                                            "~>",
                                            "@",
                                            "#",
                                            "^(",
                                            "|",
                                            "function($x){",
                                            "$x",
                                            "/a+/",
                                            "$pad(",
                                            "$substring(",
                                            "$formatInteger(",
                                            "$formatNumber(",
                                            "$fromMillis(",
                                            "$toMillis(",
                                            "$split(",
                                            "$replace(",
                                            "$match(",
                                            "$sort(",
                                            "$reduce(",
                                            "$map(",
                                            "$string(",
                                            "$eval(",
                                            "$formatBase(",
                                            "$round(",
                                            "$power(",
                                            "$zip(",
                                            "$spread(",
                                            "$each(",
                                            "$sift(",
                                            "\"[Y,99999]\"",
                                            "\"#,##0.00\"",
                                            "\"w\"",
                                            "\"I\"",
                                            "1e15"};
  const size_t n_tokens = sizeof kTokens / sizeof *kTokens;
  uint64_t state = 0x2545F4914F6CDD1Dull;
  Limits limits;
  limits.time_limit_ms = 200;
  limits.max_depth = 300;
  const json::Value input = *json::ParseValue(R"({"a":[1,{"b":2}],"b":"x"})");
  int compiled = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string expr;
    const int length = 1 + static_cast<int>(Next(state) % 12);
    for (int t = 0; t < length; ++t) {
      expr += kTokens[Next(state) % n_tokens];
      if (Next(state) % 3 == 0) expr += " ";
    }
    auto result = Compile(expr);
    if (std::holds_alternative<Error>(result)) continue;
    ++compiled;
    Result r = Evaluate(std::get<Expression>(result), input, {}, limits);
    if (r.kind == Result::Kind::kError) EXPECT_FALSE(r.error.code.empty()) << expr;
  }
  EXPECT_GT(compiled, 100);
  std::printf("JSONata token fuzz: %d of 20000 expressions compiled\n", compiled);
}

// Built-ins called with extreme arguments return a value or an error, within limits.
TEST(JsonataFuzz, ExtremeArgumentsFailCleanly) {
  static constexpr const char* kExpressions[] = {
      "$pad(\"x\", 1e300)",
      "$pad(\"x\", -1e300, \"ab\")",
      "$formatInteger(1e300, \"w\")",
      "$formatInteger(1e20, \"I\")",
      "$formatInteger(1e300, \"A\")",
      "$formatInteger(-1e300, \"#,##0\")",
      "$fromMillis(1e300)",
      "$fromMillis(-1e300, \"[Y]\")",
      "$fromMillis(0, \"[Y,1000000000]\")",
      "$fromMillis(0, \"[h]\", \"+99999999\")",
      "$toMillis(\"99999999999-01-01\", \"[Y]-[M]-[D]\")",
      "$toMillis(\"1e999\", \"[Y]\")",
      "$formatNumber(1e300, \"#,##0.00\")",
      "$formatNumber(-1e-300, \"0.0e0\")",
      "$formatBase(1e300, 2)",
      "$round(1.5, 1e9)",
      "$round(1e300, -1e9)",
      "$split(\"abc\", \"\", 1e300)",
      "$substring(\"abc\", 1e300, -1e300)",
      "$substring(\"abc\", -1e300, 1e300)",
      "$match(\"aaaa\", /a{99999999}/)",
      "$replace(\"abc\", /b*/, \"x\")",
      "$string([1..100000]) ~> $length()",
      "$sum([1..10000000])",
      "$sort([1..100000], function($a, $b){ $a < $b })",
      "$power(10, 1e300)",
      "$sqrt(-1)",
      "1e300 * 1e300",
      "-(1e300 * 1e300)",
      "$number(\"0x\" & $join([1..20].\"F\"))",
      "$parseInteger(\"MMMMMMMMMM\", \"I\")",
      "$parseInteger($join([1..50].\"9\"), \"#\")",
      "$zip([1..100000], [1..100000]) ~> $count()",
      "$eval($join([1..500].\"(\"))",
      "$eval(\"$eval(\\\"$eval(1)\\\")\")"};
  Limits limits;
  limits.time_limit_ms = 2000;
  for (const char* expr : kExpressions) {
    auto compiled = Compile(expr);
    ASSERT_TRUE(std::holds_alternative<Expression>(compiled)) << expr;
    Result r = Evaluate(std::get<Expression>(compiled), std::nullopt, {}, limits);
    if (r.kind == Result::Kind::kError) EXPECT_FALSE(r.error.code.empty()) << expr;
  }
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
