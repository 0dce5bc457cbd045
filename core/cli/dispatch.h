// The `asl` command line as one function: the command table and the top-level usage, shared
// by the native program (main.cc) and the WebAssembly module's runner (wasm/command_runner.cc),
// which run the same commands on different streams and file readers (input_file.h).
#ifndef ASL_CORE_CLI_DISPATCH_H_
#define ASL_CORE_CLI_DISPATCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/cli/commands.h"

namespace asl::cli {

// Runs `asl ARGS...`: argv[0] is the program name, argv[1] the command. With no command it
// prints the usage to err (exit 2); with --help, -h or help to out (exit 0); an unknown
// command prints "asl: unknown command 'X'" and the usage to err (exit 2). Otherwise returns
// the command's exit status (commands.h).
int RunMain(const std::vector<std::string>& argv, Streams streams);

// The top-level usage text: the commands and a one-line summary of each.
std::string Usage();

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_DISPATCH_H_
