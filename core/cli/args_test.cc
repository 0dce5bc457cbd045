#include "core/cli/args.h"

#include <gtest/gtest.h>

namespace asl::cli {
namespace {

const ArgSpec kSpec{.flags = {"--json"}, .valued = {"--format", "--case"}, .repeatable = {"--case"}};

TEST(ArgsTest, SplitsPositionalsFlagsAndValues) {
  std::string error;
  auto args = ParseArgs({"asl", "run", "a.json", "--json", "--format=dot", "-", "--case", "x",
                         "--case", "y"},
                        2, kSpec, &error);
  ASSERT_TRUE(args) << error;
  EXPECT_EQ(args->positional, (std::vector<std::string>{"a.json", "-"}));
  EXPECT_TRUE(args->Has("--json"));
  EXPECT_EQ(args->Value("--format"), "dot");
  EXPECT_EQ(args->All("--case"), (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(args->Value("--missing").has_value());
}

TEST(ArgsTest, ReportsUsageMistakes) {
  std::string error;
  EXPECT_FALSE(ParseArgs({"asl", "x", "--nope"}, 2, kSpec, &error));
  EXPECT_EQ(error, "unknown option '--nope'");
  EXPECT_FALSE(ParseArgs({"asl", "x", "--format"}, 2, kSpec, &error));
  EXPECT_EQ(error, "option '--format' needs a value");
  EXPECT_FALSE(ParseArgs({"asl", "x", "--format", "a", "--format", "b"}, 2, kSpec, &error));
  EXPECT_EQ(error, "option '--format' is given more than once");
  EXPECT_FALSE(ParseArgs({"asl", "x", "--json=1"}, 2, kSpec, &error));
  EXPECT_FALSE(ParseArgs({"asl", "x", "-j"}, 2, kSpec, &error));
  auto args = ParseArgs({"asl", "x", "--", "--json"}, 2, kSpec, &error);
  ASSERT_TRUE(args);
  EXPECT_EQ(args->positional, (std::vector<std::string>{"--json"}));
}

}  // namespace
}  // namespace asl::cli
