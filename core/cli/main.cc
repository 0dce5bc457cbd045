// asl: validate, draw, run and test Amazon States Language definitions.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: asl COMMAND [ARGS]\n"
    "commands:\n"
    "  validate FILE... [--json]                 check definitions, explain each mistake\n"
    "  graph FILE [--format json|dot|mermaid]    print the state graph\n"
    "  run DEF.json [--input F] [--mocks F]      run on a virtual clock with mocked tasks\n"
    "  test CONFIG.json --definition DEF.json    run a mock configuration's test cases\n"
    "Run 'asl COMMAND --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv, argv + argc);
  bool color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  asl::cli::Streams streams{std::cout, std::cerr, color};
  if (args.size() < 2 || args[1] == "--help" || args[1] == "-h" || args[1] == "help") {
    (args.size() < 2 ? std::cerr : std::cout) << kUsage;
    return args.size() < 2 ? asl::cli::kExitUsage : asl::cli::kExitOk;
  }
  const std::string& command = args[1];
  if (command == "validate") return asl::cli::RunValidate(args, streams);
  if (command == "graph") return asl::cli::RunGraph(args, streams);
  if (command == "run") return asl::cli::RunRun(args, streams);
  if (command == "test") return asl::cli::RunTest(args, streams);
  std::cerr << "asl: unknown command '" << command << "'\n" << kUsage;
  return asl::cli::kExitUsage;
}
