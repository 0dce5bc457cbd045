#include "core/path/parser.h"

#include <gtest/gtest.h>

namespace asl::path {
namespace {

PathAst MustParse(std::string_view text) {
  auto parsed = ParsePath(text);
  if (auto* problem = std::get_if<PathProblem>(&parsed)) {
    ADD_FAILURE() << text << ": " << problem->message;
    return {};
  }
  return std::get<PathAst>(parsed);
}

TEST(ParserTest, Roots) {
  EXPECT_EQ(MustParse("$").root, Root::kInput);
  EXPECT_EQ(MustParse("$$").root, Root::kContext);
  EXPECT_EQ(MustParse("$$.Execution.Id").segments.size(), 2u);
  PathAst variable = MustParse("$my_var.field");
  EXPECT_EQ(variable.root, Root::kVariable);
  EXPECT_EQ(variable.variable, "my_var");
  ASSERT_EQ(variable.segments.size(), 1u);
  EXPECT_EQ(variable.segments[0].name, "field");
}

TEST(ParserTest, NamesAndIndexes) {
  PathAst ast = MustParse("$.a['b c'][\"d\"][0][-1]");
  ASSERT_EQ(ast.segments.size(), 5u);
  EXPECT_EQ(ast.segments[1].name, "b c");
  EXPECT_EQ(ast.segments[2].name, "d");
  EXPECT_EQ(ast.segments[3].kind, SegmentKind::kIndex);
  EXPECT_EQ(ast.segments[4].index, -1);
  EXPECT_EQ(MustParse("$['it\\'s']").segments[0].name, "it's");
  EXPECT_EQ(MustParse("$['Test\\\"\"Name\"']").segments[0].name, "Test\\\"\"Name\"");
  EXPECT_EQ(MustParse("$.foo-bar:baz").segments[0].name, "foo-bar:baz");
  EXPECT_EQ(MustParse("$.list.length()").segments[1].name, "length()");
}

TEST(ParserTest, UnionsWildcardsSlicesAndDescent) {
  EXPECT_EQ(MustParse("$[0,2]").segments[0].indexes, (std::vector<int64_t>{0, 2}));
  EXPECT_EQ(MustParse("$['a','b']").segments[0].names, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(MustParse("$.*").segments[0].kind, SegmentKind::kWildcard);
  EXPECT_EQ(MustParse("$[*]").segments[0].kind, SegmentKind::kWildcard);
  Segment slice = MustParse("$[1:3]").segments[0];
  EXPECT_EQ(slice.kind, SegmentKind::kSlice);
  EXPECT_EQ(*slice.slice_start, 1);
  EXPECT_EQ(*slice.slice_end, 3);
  EXPECT_FALSE(MustParse("$[:2]").segments[0].slice_start.has_value());
  EXPECT_FALSE(MustParse("$[-2:]").segments[0].slice_end.has_value());
  EXPECT_EQ(MustParse("$[::2]").segments[0].slice_step, 2);
  PathAst descent = MustParse("$..name..[0]..*");
  ASSERT_EQ(descent.segments.size(), 3u);
  for (const Segment& s : descent.segments) EXPECT_TRUE(s.descendant);
  EXPECT_EQ(descent.segments[1].kind, SegmentKind::kIndex);
}

TEST(ParserTest, Filters) {
  for (const char* text :
       {"$[?(@.x > 1)]", "$.a[?(@.x == 'a')]", "$[?(@.x && @.y)]", "$[?(@.x > 1 || !(@.y))]",
        "$[?(@.n.m <= -2.5 && @.s != \"q\")]", "$[?(@.x in ['a','b'])]", "$[?(@.x nin [1,2])]",
        "$[?(@.x == $.limit)]", "$[?(@.flag == true)]", "$[?(@.v == null)]",
        "$[?(@.name =~ /^a\\/b.*$/i)]", "$[?(@.t anyof ['x'] && @.t size 1)]",
        "$[?(@.t empty false)]", "$[?(@.t subsetof [1, 2] || @.t noneof [3])]"}) {
    PathAst ast = MustParse(text);
    ASSERT_FALSE(ast.segments.empty()) << text;
    EXPECT_EQ(ast.segments.back().kind, SegmentKind::kFilter) << text;
  }
}

TEST(ParserTest, ProblemsAreLocated) {
  auto problem = [](std::string_view text) {
    auto parsed = ParsePath(text);
    EXPECT_TRUE(std::holds_alternative<PathProblem>(parsed)) << text;
    return std::holds_alternative<PathProblem>(parsed) ? std::get<PathProblem>(parsed)
                                                       : PathProblem{};
  };
  EXPECT_EQ(problem("a.b").offset, 0u);
  EXPECT_EQ(problem("$.a.").offset, 3u);
  EXPECT_EQ(problem("$.a[").message, "Unclosed '['; add the closing ']'.");
  EXPECT_EQ(problem("$['a").message, "Unterminated string; add the closing '.");
  PathProblem stray = problem("$.a b");
  EXPECT_EQ(stray.offset, 3u);
  EXPECT_EQ(problem("$[?(@.x > )]").offset, 10u);
  EXPECT_EQ(problem("$[::0]").message, "A slice step must be a positive integer.");
  EXPECT_EQ(problem("$[?(@.a =~ 'x')]").message,
            "'=~' takes a regular expression written /pattern/, as in =~ /^a.*/i.");
  PathProblem regex = problem("$[?(@.a =~ /(x/)]");
  EXPECT_EQ(regex.message, "The regular expression has an unclosed '('.");
  EXPECT_EQ(regex.offset, 11u);
  EXPECT_EQ(regex.length, 4u);
  EXPECT_EQ(problem("$[?(@.a =~ /x)]").message,
            "Unterminated regular expression; close it with '/'.");
  EXPECT_NE(problem("$[?(@.a.length() > 1)]").message.find("not supported inside filters"),
            std::string::npos);
  std::string deep = "$[?(" + std::string(100, '(') + "@.x" + std::string(100, ')') + ")]";
  EXPECT_NE(problem(deep).message.find("nested too deeply"), std::string::npos);
}

TEST(ParserTest, VariableNames) {
  EXPECT_TRUE(IsValidVariableName("x"));
  EXPECT_TRUE(IsValidVariableName("_a1"));
  EXPECT_FALSE(IsValidVariableName("1a"));
  EXPECT_FALSE(IsValidVariableName("a-b"));
  EXPECT_FALSE(IsValidVariableName(std::string(81, 'a')));
}

}  // namespace
}  // namespace asl::path
