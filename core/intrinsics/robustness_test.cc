// Random and hostile texts through every parser and evaluator of paths and intrinsic calls:
// each must return a value or a problem, never crash or hang.
#include <gtest/gtest.h>

#include <random>

#include "core/intrinsics/check.h"
#include "core/intrinsics/intrinsic.h"
#include "core/json/parser.h"
#include "core/path/check.h"
#include "core/path/path.h"

namespace asl::intrinsics {
namespace {

std::string RandomText(std::mt19937& rng, size_t max_length) {
  static const std::string kAlphabet = "$@.[]()?*:,'\"\\/=!<>&|~-_ 0123456789abcxyzStates{}\n";
  static const std::vector<std::string> kTokens = {"States.Format(",
                                                   "States.Array(",
                                                   "States.ArrayRange(",
                                                   "$.a",
                                                   "$$.",
                                                   "$v",
                                                   "[?(@.",
                                                   "=~ /",
                                                   "..",
                                                   "[*]",
                                                   "[1:2]",
                                                   "'{}'",
                                                   "true",
                                                   "null",
                                                   ")",
                                                   ")]",
                                                   "&&",
                                                   "||",
                                                   "in ["};
  std::string out;
  size_t length = rng() % max_length;
  while (out.size() < length) {
    if (rng() % 3 == 0) {
      out += kTokens[rng() % kTokens.size()];
    } else {
      out += kAlphabet[rng() % kAlphabet.size()];
    }
  }
  return out;
}

TEST(RobustnessTest, RandomTextsNeverCrash) {
  std::mt19937 rng(12345);
  json::Value input = json::ParseValue(R"({"a": [1, {"b": "x"}], "v": 2})").value();
  path::Environment env{&input, &input, nullptr};
  SeededRandom random(3);
  size_t parsed = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text = RandomText(rng, 60);
    if (i % 2 == 0) text = "$" + text;
    if (i % 5 == 0) text = "States.Array(" + text;
    path::CheckPath(text);
    path::CheckReferencePath(text);
    CheckIntrinsicCall(text);
    auto path = path::Path::Parse(text);
    if (auto* p = std::get_if<path::Path>(&path)) {
      ++parsed;
      p->Evaluate(env);
      p->DescribeMiss(input);
    }
    auto call = Intrinsic::Parse(text);
    if (auto* c = std::get_if<Intrinsic>(&call)) c->Evaluate(env, &random);
  }
  EXPECT_GT(parsed, 0u);
}

TEST(RobustnessTest, DeepNestingIsRefused) {
  std::string brackets = "$" + std::string(100000, '[');
  EXPECT_TRUE(path::CheckPath(brackets).has_value());
  std::string filters = "$";
  for (int i = 0; i < 5000; ++i) filters += "[?(@";
  EXPECT_TRUE(path::CheckPath(filters).has_value());
  std::string nots = "$[?(" + std::string(100000, '!') + "@.a)]";
  EXPECT_TRUE(path::CheckPath(nots).has_value());
  std::string calls;
  for (int i = 0; i < 10000; ++i) calls += "States.Array(";
  EXPECT_TRUE(CheckIntrinsicCall(calls).has_value());
  std::string long_path = "$";
  for (int i = 0; i < 100000; ++i) long_path += ".a";
  EXPECT_EQ(path::CheckReferencePath(long_path), std::nullopt);
}

}  // namespace
}  // namespace asl::intrinsics
