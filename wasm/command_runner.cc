#include "wasm/command_runner.h"

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/cli/commands.h"
#include "wasm/host_input_file.h"

namespace asl::wasm {
namespace {

struct Command {
  std::string_view name;
  int (*run)(const std::vector<std::string>& argv, cli::Streams streams);
};

// The subcommands of core/cli/main.cc.
constexpr Command kCommands[] = {
    {"validate", &cli::RunValidate},
    {"graph", &cli::RunGraph},
    {"run", &cli::RunRun},
    {"test", &cli::RunTest},
};

// A fresh Uint8Array holding a copy of `bytes`, which may not be valid UTF-8 (source lines
// are quoted as they are in the file).
emscripten::val Bytes(const std::string& bytes) {
  emscripten::val array = emscripten::val::global("Uint8Array").new_(bytes.size());
  array.call<void>("set", emscripten::val(emscripten::typed_memory_view(
                              bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data()))));
  return array;
}

}  // namespace

emscripten::val RunCommand(emscripten::val argv_js, emscripten::val read_file, bool color) {
  std::vector<std::string> argv = emscripten::vecFromJSArray<std::string>(argv_js);
  emscripten::val result = emscripten::val::object();
  result.set("exit", emscripten::val::null());
  std::ostringstream out;
  std::ostringstream err;
  for (const Command& command : kCommands) {
    if (argv.size() < 2 || argv[1] != command.name) continue;
    ScopedHostReader reader(read_file);
    result.set("exit", command.run(argv, cli::Streams{out, err, color}));
    break;
  }
  result.set("stdout", Bytes(out.str()));
  result.set("stderr", Bytes(err.str()));
  return result;
}

}  // namespace asl::wasm
