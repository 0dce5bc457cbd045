#include "core/path/check.h"

#include <gtest/gtest.h>

#include <string>

namespace asl::path {
namespace {

TEST(CheckPathTest, AcceptsAwsDialect) {
  for (const char* text : {"$", "$$", "$.a", "$$.Execution.Input", "$var", "$var.a[0]", "$..x",
                           "$.a[*].b", "$.a[1:3]", "$.a[?(@.p > 1 && @.q == 'x')]"}) {
    EXPECT_EQ(CheckPath(text), std::nullopt) << text;
  }
}

TEST(CheckPathTest, ReportsOffsetAndLength) {
  auto problem = CheckPath("$.a[x]");
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->offset, 4u);
  EXPECT_EQ(problem->length, 1u);
  EXPECT_EQ(problem->message,
            "Unexpected 'x' inside '[...]'; write a quoted name, an index, a slice, '*' or a "
            "filter '?(...)'.");
  problem = CheckPath("input");
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->message,
            "A path must start with '$'; write '$' for the whole input or '$.field' for one of its "
            "fields.");
  EXPECT_TRUE(CheckPath("").has_value());
}

// Dotted names are accepted without a syntax tree; the texts around that shortcut must still
// get the parser's verdict.
TEST(CheckPathTest, DottedPathsAndTheirNeighbours) {
  for (const char* text :
       {"$.a_1.B2", "$$.Map.Item.Value", "$v.a", "$_x", "$.0", "$.a-b", "$.é", "$.length()"}) {
    EXPECT_EQ(CheckPath(text), std::nullopt) << text;
    EXPECT_EQ(CheckReferencePath(text), std::nullopt) << text;
  }
  for (const char* text : {"$.", "$.a.", "$$x", "$1", "$ ", "$a$", "$.a b"}) {
    EXPECT_TRUE(CheckPath(text).has_value()) << text;
    EXPECT_TRUE(CheckReferencePath(text).has_value()) << text;
  }
  for (const char* text : {"$..a", "$.a..b", "$.*"}) {
    EXPECT_EQ(CheckPath(text), std::nullopt) << text;
    EXPECT_TRUE(CheckReferencePath(text).has_value()) << text;
  }
  std::string longest = "$" + std::string(80, 'v') + ".a";
  EXPECT_EQ(CheckPath(longest), std::nullopt);
  std::optional<PathProblem> problem = CheckPath("$" + std::string(81, 'v') + ".a");
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->offset, 0u);
  EXPECT_EQ(problem->length, 82u);
}

TEST(CheckReferencePathTest, AcceptsNamesAndIndexes) {
  for (const char* text : {"$", "$.a.b", "$['a b'][0]", "$.list[-1]", "$$.Execution"}) {
    EXPECT_EQ(CheckReferencePath(text), std::nullopt) << text;
  }
}

TEST(CheckReferencePathTest, RejectsIndefiniteSegments) {
  struct Case {
    const char* text;
    size_t offset;
    size_t length;
    const char* what;
  };
  for (const Case& c :
       {Case{"$.a[*]", 3, 3, "a wildcard"}, Case{"$.a.*", 3, 2, "a wildcard"},
        Case{"$..a", 1, 3, "recursive descent '..'"}, Case{"$.a[1:2].b", 3, 5, "a slice"},
        Case{"$.a[?(@.x == ']')]", 3, 15, "a filter"}, Case{"$['a','b']", 1, 9, "a union"}}) {
    auto problem = CheckReferencePath(c.text);
    ASSERT_TRUE(problem.has_value()) << c.text;
    EXPECT_EQ(problem->offset, c.offset) << c.text;
    EXPECT_EQ(problem->length, c.length) << c.text;
    EXPECT_NE(problem->message.find(c.what), std::string::npos) << problem->message;
  }
  EXPECT_EQ(CheckReferencePath("$.a[*]")->message,
            "A reference path must select a single node, so a wildcard ('[*]') is not allowed "
            "here; use only field names and array indexes.");
}

}  // namespace
}  // namespace asl::path
