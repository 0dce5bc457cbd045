#include "core/cli/dispatch.h"

#include <algorithm>
#include <ostream>

namespace asl::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view synopsis;  // The main arguments.
  std::string_view summary;
  int (*run)(const std::vector<std::string>& argv, Streams streams);
};

constexpr size_t kSummaryColumn = 44;

// Adding a command: one row here and its Run function in commands.h.
constexpr Command kCommands[] = {
    {"validate", "FILE... [--json]", "check definitions, explain each mistake", &RunValidate},
    {"graph", "FILE [--format json|dot|mermaid]", "print the state graph", &RunGraph},
    {"run", "DEF.json [--input F] [--mocks F]", "run on a virtual clock with mocked tasks",
     &RunRun},
    {"test", "CONFIG.json --definition DEF.json", "run a mock configuration's test cases",
     &RunTest},
    {"jsonata", "EXPR [--input F] [--bindings F]", "evaluate a JSONata expression", &RunJsonata},
};

}  // namespace

std::string Usage() {
  std::string usage = "usage: asl COMMAND [ARGS]\ncommands:\n";
  for (const Command& command : kCommands) {
    std::string line = "  " + std::string(command.name) + " " + std::string(command.synopsis);
    line.resize(std::max(line.size() + 2, kSummaryColumn), ' ');
    usage.append(line).append(command.summary).append("\n");
  }
  usage += "Run 'asl COMMAND --help' for a command's options.\n";
  return usage;
}

int RunMain(const std::vector<std::string>& argv, Streams streams) {
  if (argv.size() < 2) {
    streams.err << Usage();
    return kExitUsage;
  }
  const std::string& name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    streams.out << Usage();
    return kExitOk;
  }
  for (const Command& command : kCommands) {
    if (command.name == name) return command.run(argv, streams);
  }
  streams.err << "asl: unknown command '" << name << "'\n" << Usage();
  return kExitUsage;
}

}  // namespace asl::cli
