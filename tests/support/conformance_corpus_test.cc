#include "tests/support/conformance_corpus.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/json/parser.h"

namespace asl::testing {
namespace {

json::Value J(const char* text) { return *json::ParseValue(text); }

TEST(ConformanceCorpusTest, MatchesWithWildcardsAndNumbersByValue) {
  EXPECT_TRUE(MatchesExpected(J(R"({"a": "<ANY>", "b": [1.0, {"c": 2}]})"),
                              J(R"({"b": [1, {"c": 2.0}], "a": {"x": 1}})")));
  EXPECT_FALSE(MatchesExpected(J(R"({"a": 1})"), J(R"({"a": 1, "b": 2})")));
  EXPECT_FALSE(MatchesExpected(J(R"([1, 2])"), J(R"([2, 1])")));
  EXPECT_FALSE(MatchesExpected(J(R"("1")"), J("1")));
}

TEST(ConformanceCorpusTest, NamesAreSafeAndUnique) {
  std::map<std::string, int> taken;
  EXPECT_EQ(TestNameFor("dir/a-b.c.json", taken), "a_b_c");
  EXPECT_EQ(TestNameFor("other/a_b.c.json", taken), "a_b_c_2");
}

TEST(ConformanceCorpusTest, ReadsSkipListsWithReasons) {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "asl_skip_list_test.txt";
  std::ofstream(file) << "# comment\n\ncase_one  JSONata (issue 4)\ncase_two\n";
  auto skips = ReadSkipList(file);
  ASSERT_EQ(skips.size(), 2u);
  EXPECT_EQ(skips["case_one"], "JSONata (issue 4)");
  EXPECT_EQ(skips["case_two"], "");
}

}  // namespace
}  // namespace asl::testing
