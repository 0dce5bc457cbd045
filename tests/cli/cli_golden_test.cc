// Golden tests of the `asl` command line. Each directory under tests/cli/golden/ is a case:
//   args        the arguments, one line, run from the case directory (shell words)
//   stdin       optional standard input
//   stdout      expected standard output
//   stderr      expected standard error (optional; compared when present)
//   exit        expected exit status
// ASL_UPDATE_GOLDEN=1 rewrites stdout, stderr and exit from the current behaviour.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

fs::path GoldenDir() { return fs::path(ASL_SOURCE_DIR_LITERAL) / "tests" / "cli" / "golden"; }

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(GoldenDir())) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CliGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CliGoldenTest, MatchesGoldenOutput) {
  fs::path dir = GoldenDir() / GetParam();
  fs::path out_file = fs::temp_directory_path() / ("asl_golden_" + GetParam() + ".out");
  fs::path err_file = fs::temp_directory_path() / ("asl_golden_" + GetParam() + ".err");
  std::string command = "cd '" + dir.string() + "' && NO_COLOR=1 '" + ASL_CLI_PATH_LITERAL + "' " +
                        Trimmed(ReadFile(dir / "args")) +
                        (fs::exists(dir / "stdin") ? " < stdin" : " < /dev/null") + " > '" +
                        out_file.string() + "' 2> '" + err_file.string() + "'";
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status)) << command;
  std::string exit_code = std::to_string(WEXITSTATUS(status));
  std::string out = ReadFile(out_file);
  std::string err = ReadFile(err_file);
  if (std::getenv("ASL_UPDATE_GOLDEN") != nullptr) {
    WriteFile(dir / "stdout", out);
    WriteFile(dir / "exit", exit_code + "\n");
    if (!err.empty() || fs::exists(dir / "stderr")) WriteFile(dir / "stderr", err);
  }
  EXPECT_EQ(exit_code, Trimmed(ReadFile(dir / "exit")));
  EXPECT_EQ(out, ReadFile(dir / "stdout"));
  if (fs::exists(dir / "stderr")) EXPECT_EQ(err, ReadFile(dir / "stderr"));
}

INSTANTIATE_TEST_SUITE_P(Golden, CliGoldenTest, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) { return info.param; });

}  // namespace
