#include "core/jsonata/regex.h"

#include <gtest/gtest.h>

#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

// The first match of `pattern` in `subject` as "start-end:group1|group2", or "none".
std::string Find(std::string_view pattern, std::string_view subject, std::string_view flags = "") {
  auto compiled = Regex::Compile(pattern, flags);
  if (auto* message = std::get_if<std::string>(&compiled)) return "invalid";
  bool exhausted = false;
  const std::u32string s = ToCodePoints(subject);
  auto m = std::get<std::shared_ptr<Regex>>(compiled)->Exec(s, 0, &exhausted);
  if (exhausted) return "exhausted";
  if (!m) return "none";
  std::string out = std::to_string(m->start) + "-" + std::to_string(m->end);
  for (size_t i = 0; i < m->groups.size(); ++i) {
    out += i == 0 ? ":" : "|";
    if (m->groups[i]) {
      out += FromCodePoints(std::u32string_view(s).substr(
          m->groups[i]->first, m->groups[i]->second - m->groups[i]->first));
    } else {
      out += "?";
    }
  }
  return out;
}

TEST(RegexTest, LiteralsClassesAndQuantifiers) {
  EXPECT_EQ(Find("b+", "abbbc"), "1-4");
  EXPECT_EQ(Find("b+?", "abbbc"), "1-2");
  EXPECT_EQ(Find("[a-c]{2,3}", "xxabcabc"), "2-5");
  EXPECT_EQ(Find("\\d+\\.\\d*", "v12.5"), "1-5");
  EXPECT_EQ(Find("[^aeiou\\s]+", "aa bcd"), "3-6");
  EXPECT_EQ(Find("x", "abc"), "none");
}

TEST(RegexTest, GroupsAlternationAndBackreferences) {
  EXPECT_EQ(Find("(a|ab)(c|bcd)(d*)", "abcd"), "0-4:a|bcd|");
  EXPECT_EQ(Find("(\\w)\\1", "abccd"), "2-4:c");
  EXPECT_EQ(Find("(?:ab)+", "ababx"), "0-4");
  EXPECT_EQ(Find("(a)|(b)", "b"), "0-1:?|b");
}

TEST(RegexTest, AnchorsFlagsAndLookaround) {
  EXPECT_EQ(Find("^b", "ab\nb"), "none");
  EXPECT_EQ(Find("^b", "ab\nb", "m"), "3-4");
  EXPECT_EQ(Find("HELLO", "say hello", "i"), "4-9");
  EXPECT_EQ(Find("\\bcat\\b", "concat cat"), "7-10");
  EXPECT_EQ(Find("foo(?=bar)", "foobaz foobar"), "7-10");
  EXPECT_EQ(Find("foo(?!bar)", "foobar foobaz"), "7-10");
  EXPECT_EQ(Find("(?<=\\$)\\d+", "cost $42"), "6-8");
}

TEST(RegexTest, EmptyLoopsTerminate) {
  // As JavaScript: an iteration that matches empty is rejected, keeping the last capture.
  EXPECT_EQ(Find("(a*)*b", "aaab"), "0-4:aaa");
  EXPECT_EQ(Find("(a|)*c", "aac"), "0-3:a");
}

TEST(RegexTest, CatastrophicPatternsExhaustTheBudgetInsteadOfHanging) {
  EXPECT_EQ(Find("(a+)+$", std::string(40, 'a') + "!"), "exhausted");
}

TEST(RegexTest, InvalidPatternsAreReported) {
  EXPECT_EQ(Find("a(b", "ab"), "invalid");
  EXPECT_EQ(Find("*a", "a"), "invalid");
  EXPECT_EQ(Find("[z-a]", "a"), "invalid");
}

}  // namespace
}  // namespace asl::jsonata
