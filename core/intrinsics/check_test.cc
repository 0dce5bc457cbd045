#include "core/intrinsics/check.h"

#include <gtest/gtest.h>

namespace asl::intrinsics {
namespace {

struct Expected {
  const char* text;
  const char* message;
  size_t offset;
  size_t length;
};

void ExpectProblem(const Expected& e) {
  auto problem = CheckIntrinsicCall(e.text);
  ASSERT_TRUE(problem.has_value()) << e.text;
  EXPECT_EQ(problem->message, e.message) << e.text;
  EXPECT_EQ(problem->offset, e.offset) << e.text;
  EXPECT_EQ(problem->length, e.length) << e.text;
}

TEST(CheckIntrinsicCallTest, AcceptsEveryFunction) {
  for (const char* text :
       {"States.Format('{} and {}', $.a, $$.Execution.Id)", "States.StringToJson($.s)",
        "States.JsonToString($)", "States.Array(1, 'a', $.x, true, null)",
        "States.ArrayPartition($.a, 2)", "States.ArrayContains($.a, 'x')",
        "States.ArrayRange(1, 9, 2)", "States.ArrayGetItem($.a, 0)", "States.ArrayLength($.a)",
        "States.ArrayUnique($.a)", "States.Base64Encode('x')", "States.Base64Decode($.b)",
        "States.Hash($.d, 'SHA-256')", "States.JsonMerge($.a, $.b, false)",
        "States.MathRandom(1, 10)", "States.MathRandom(1, 10, 42)", "States.MathAdd($.n, -1)",
        "States.StringSplit($.s, ',')", "States.UUID()"}) {
    EXPECT_EQ(CheckIntrinsicCall(text), std::nullopt) << text;
  }
}

TEST(CheckIntrinsicCallTest, NamesAndArity) {
  ExpectProblem({"States.Formatt('{}', $.a)",
                 "Unknown intrinsic function 'States.Formatt'; did you mean 'States.Format'?", 0,
                 14});
  ExpectProblem({"States.Frobnicate()",
                 "Unknown intrinsic function 'States.Frobnicate'; use one of the 18 States.* "
                 "functions, such as States.Format.",
                 0, 17});
  ExpectProblem({"States.ArrayRange(1, 2)",
                 "States.ArrayRange takes 3 arguments (start, end, step); found 2.", 0, 23});
  ExpectProblem({"States.UUID(1)", "States.UUID takes no arguments; found 1.", 0, 14});
  ExpectProblem({"States.Format()",
                 "States.Format takes at least 1 argument (template, value...); found 0.", 0, 15});
  ExpectProblem({"States.MathRandom(1)",
                 "States.MathRandom takes 2 or 3 arguments (start, end, seed); found 1.", 0, 20});
  ExpectProblem({"States.ArrayLength(States.MathAdd(1))",
                 "States.MathAdd takes 2 arguments (number, number); found 1.", 19, 17});
}

TEST(CheckIntrinsicCallTest, LiteralKinds) {
  ExpectProblem({"States.ArrayPartition($.a, 'two')",
                 "Argument 2 of States.ArrayPartition (chunk size) must be an integer; found a "
                 "string.",
                 27, 5});
  ExpectProblem({"States.ArrayLength('abc')",
                 "Argument 1 of States.ArrayLength (array) must be an array (from a path or a "
                 "call); found a string.",
                 19, 5});
  ExpectProblem({"States.ArrayRange(1, 9.5, 1)",
                 "Argument 2 of States.ArrayRange (end) must be an integer; found a decimal "
                 "number.",
                 21, 3});
  ExpectProblem({"States.Format(1)",
                 "Argument 1 of States.Format (template) must be a string; found an integer.", 14,
                 1});
  ExpectProblem({"States.Hash($.a, 'SHA-3')",
                 "'SHA-3' is not a hash algorithm of States.Hash; use MD5, SHA-1, SHA-256, "
                 "SHA-384 or SHA-512.",
                 17, 7});
  ExpectProblem({"States.JsonMerge($.a, $.b, true)",
                 "States.JsonMerge supports only a shallow merge; set its third argument to false.",
                 27, 4});
}

TEST(CheckIntrinsicCallTest, Syntax) {
  ExpectProblem({"Format('{}')",
                 "An intrinsic call starts with 'States.', as in States.Format('{}', $.a).", 0, 1});
  ExpectProblem({"States.Format('{}'", "Unclosed '(' of States.Format; add ')'.", 13, 1});
  ExpectProblem(
      {"States.Format('{})", "Unterminated string literal; close it with a single quote.", 14, 4});
  ExpectProblem({"States.Format('{}', $.a b)",
                 "Unexpected ' ' in the path; use '.name' or '[...]' to select from a value.", 23,
                 1});
  ExpectProblem({"States.Format('{}', $.a) x",
                 "Unexpected text after the call; remove it or put it inside the parentheses.", 25,
                 1});
  ExpectProblem(
      {"States.Array(1,)", "Expected an argument: a 'string', a number, a path or a call.", 15, 1});
  ExpectProblem({"States.Array(\"x\")",
                 "Unexpected '\"'; an argument is a 'string' in single quotes, a number, true, "
                 "false, null, a path or a call.",
                 13, 1});
  // A character outside ASCII is quoted whole (the message stays valid UTF-8).
  ExpectProblem({"States.Array(\xc3\xa9)",
                 "Unexpected '\xc3\xa9'; an argument is a 'string' in single quotes, a number, "
                 "true, false, null, a path or a call.",
                 13, 1});
  ExpectProblem({"States.Array($.a[\xef\xbc\x8c])",
                 "Unexpected '\xef\xbc\x8c' inside '[...]'; write a quoted name, an index, a "
                 "slice, '*' or a filter '?(...)'.",
                 17, 1});
  ExpectProblem({"States.Array(yes)",
                 "'yes' is not an argument; write strings in single quotes, or use a number, "
                 "true, false, null, a path or a call.",
                 13, 3});
  ExpectProblem({"States.Array($.a[)",
                 "Unexpected ')' inside '[...]'; write a quoted name, an index, a slice, '*' or a "
                 "filter '?(...)'.",
                 17, 1});
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "States.Array(";
  deep += std::string(40, ')');
  auto problem = CheckIntrinsicCall(deep);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->message, "Intrinsic calls are nested too deeply; simplify the expression.");
}

}  // namespace
}  // namespace asl::intrinsics
