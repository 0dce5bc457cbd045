// The `asl` subcommands. Each takes the full argv (argv[1] is the subcommand) and the
// streams to write to, and returns the process exit code:
// 0 success, 1 the checked thing failed (invalid definition, failed run), 2 usage or I/O error.
#ifndef ASL_CORE_CLI_COMMANDS_H_
#define ASL_CORE_CLI_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

namespace asl::cli {

struct Streams {
  std::ostream& out;
  std::ostream& err;
  bool color = false;  // ANSI colours for a terminal.
};

int RunValidate(const std::vector<std::string>& argv, Streams streams);
int RunGraph(const std::vector<std::string>& argv, Streams streams);
int RunRun(const std::vector<std::string>& argv, Streams streams);
int RunTest(const std::vector<std::string>& argv, Streams streams);
int RunJsonata(const std::vector<std::string>& argv, Streams streams);

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_COMMANDS_H_
