#include "core/path/regex.h"

#include <gtest/gtest.h>

namespace asl::path {
namespace {

bool Matches(std::string_view pattern, std::string_view text, std::string_view flags = "") {
  auto compiled = Regex::Compile(pattern, flags);
  if (auto* error = std::get_if<std::string>(&compiled)) {
    ADD_FAILURE() << pattern << ": " << *error;
    return false;
  }
  return std::get<Regex>(compiled).FullMatch(text);
}

std::string CompileError(std::string_view pattern, std::string_view flags = "") {
  auto compiled = Regex::Compile(pattern, flags);
  auto* error = std::get_if<std::string>(&compiled);
  return error ? *error : "<compiled>";
}

TEST(RegexTest, MatchesTheWholeString) {
  EXPECT_TRUE(Matches("abc", "abc"));
  EXPECT_FALSE(Matches("abc", "abcd"));
  EXPECT_FALSE(Matches("bc", "abc"));
  EXPECT_TRUE(Matches(".*bc", "abc"));
  EXPECT_TRUE(Matches("^a.c$", "abc"));
  EXPECT_TRUE(Matches("", ""));
}

TEST(RegexTest, QuantifiersClassesAndGroups) {
  EXPECT_TRUE(Matches("a*b+c?", "aaabb"));
  EXPECT_FALSE(Matches("a+", ""));
  EXPECT_TRUE(Matches("a{2,3}", "aaa"));
  EXPECT_FALSE(Matches("a{2,3}", "aaaa"));
  EXPECT_TRUE(Matches("a{2}", "aa"));
  EXPECT_TRUE(Matches("a{2,}", "aaaaa"));
  EXPECT_TRUE(Matches("[a-c]+[^0-9]", "cabx"));
  EXPECT_FALSE(Matches("[a-c]+[^0-9]", "cab5"));
  EXPECT_TRUE(Matches("\\d{3}-\\w+\\s\\.", "123-ab_c ."));
  EXPECT_TRUE(Matches("(ab|cd)+", "abcdab"));
  EXPECT_TRUE(Matches("(?:x|y)z*?", "yzz"));
  EXPECT_TRUE(Matches("[\\d.]+", "1.5"));
  EXPECT_TRUE(Matches("caf.", "caf\xC3\xA9"));  // '.' takes one code point.
}

TEST(RegexTest, Flags) {
  EXPECT_TRUE(Matches("hello", "HeLLo", "i"));
  EXPECT_TRUE(Matches("[a-z]+", "ABC", "i"));
  EXPECT_FALSE(Matches("a.b", "a\nb"));
  EXPECT_TRUE(Matches("a.b", "a\nb", "s"));
  EXPECT_EQ(CompileError("a", "g"),
            "The regular expression flag 'g' is not supported; use i or s.");
}

TEST(RegexTest, RejectsWhatItCannotRun) {
  EXPECT_EQ(CompileError("(a"), "The regular expression has an unclosed '('.");
  EXPECT_EQ(CompileError("a)"), "The regular expression has an unmatched ')'.");
  EXPECT_EQ(CompileError("*a"), "The regular expression has a quantifier with nothing to repeat.");
  EXPECT_EQ(CompileError("(?=a)"),
            "The regular expression has a lookaround or named group, which is unsupported.");
  EXPECT_EQ(CompileError("\\1"), "The regular expression has an unsupported escape \\1.");
  EXPECT_EQ(CompileError("[b-a]"), "The regular expression has a character range out of order.");
  EXPECT_EQ(CompileError("(a{1000}){1000}"),
            "The regular expression is too large; simplify its repetitions.");
}

TEST(RegexTest, PathologicalPatternsStayLinear) {
  std::string text(5000, 'a');
  EXPECT_FALSE(Matches("(a*)*b", text));
  EXPECT_TRUE(Matches("(a|aa)*", text));
}

}  // namespace
}  // namespace asl::path
