// Replays, through the same functions as the fuzz targets, the inputs committed under
// tests/fuzz/regressions/<target>/ (each one crashed, hung or leaked once) and the
// hand-picked seeds under tests/fuzz/seeds/<target>/. Under ASan/UBSan a regression that
// comes back fails the test; in a plain build it fails when it crashes or traps.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {
namespace {

namespace fs = std::filesystem;

fs::path FuzzDir() {
  const char* root = std::getenv("ASL_SOURCE_DIR");
  return fs::path(root != nullptr ? root : ASL_DEFAULT_SOURCE_DIR) / "tests" / "fuzz";
}

std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class ReplayTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ReplayTest, CommittedInputsRunCleanly) {
  const Target* target = FindTarget(GetParam());
  ASSERT_NE(target, nullptr);
  size_t replayed = 0;
  for (const char* kind : {"regressions", "seeds"}) {
    for (const fs::path& file : FilesUnder(FuzzDir() / kind / GetParam())) {
      SCOPED_TRACE(file.string());
      target->run(ReadFile(file));
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u) << "no seeds or regressions under " << FuzzDir().string();
}

INSTANTIATE_TEST_SUITE_P(Targets, ReplayTest,
                         ::testing::Values("json", "path", "intrinsics", "jsonata", "pipeline"),
                         [](const auto& info) { return info.param; });

TEST(FuzzTargetsTest, EveryTargetIsRegisteredByName) {
  size_t count = 0;
  const Target* targets = AllTargets(&count);
  ASSERT_EQ(count, 5u);
  for (size_t i = 0; i < count; ++i) EXPECT_EQ(FindTarget(targets[i].name), &targets[i]);
  EXPECT_EQ(FindTarget("nope"), nullptr);
}

TEST(FuzzTargetsTest, SplitAtNulSeparatesTheParts) {
  std::string_view head;
  std::string_view tail;
  SplitAtNul(std::string_view("a\0b\0c", 5), &head, &tail);
  EXPECT_EQ(head, "a");
  EXPECT_EQ(tail, std::string_view("b\0c", 3));
  SplitAtNul("abc", &head, &tail);
  EXPECT_EQ(head, "abc");
  EXPECT_TRUE(tail.empty());
}

}  // namespace
}  // namespace asl::fuzz
