// Runs the `asl` command line of core/cli inside the module, so that the package's Node CLI
// (wasm/js/bin/asl.js) prints exactly what the native `asl` prints.
#ifndef ASL_WASM_COMMAND_RUNNER_H_
#define ASL_WASM_COMMAND_RUNNER_H_

#include <emscripten/val.h>

namespace asl::wasm {

// `argv` is a JavaScript array of strings: "asl", the command, its arguments, as
// cli::RunMain (core/cli/dispatch.h) takes them, so the top-level usage, --help and unknown
// commands are answered here too. `read_file` is the host's reader, (path: string) =>
// Uint8Array | string, which returns the file's bytes or the reason it cannot be read
// (strerror's wording, e.g. "No such file or directory"); "-" names standard input. It must
// not throw.
//
// Returns {exit: number, stdout: Uint8Array, stderr: Uint8Array}.
emscripten::val RunCommand(emscripten::val argv, emscripten::val read_file, bool color);

}  // namespace asl::wasm

#endif  // ASL_WASM_COMMAND_RUNNER_H_
