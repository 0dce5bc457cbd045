// core/cli/input_file.h for the WebAssembly module, which has no file system: the files named
// on the command line are read by the host, a JavaScript function (the Node CLI's fs).
#ifndef ASL_WASM_HOST_INPUT_FILE_H_
#define ASL_WASM_HOST_INPUT_FILE_H_

#include <emscripten/val.h>

namespace asl::wasm {

// While it lives, cli::ReadInputFile(path) calls `reader(path)`, which returns a Uint8Array
// with the content or a string with the reason the file cannot be read. Not reentrant.
class ScopedHostReader {
 public:
  explicit ScopedHostReader(emscripten::val reader);
  ~ScopedHostReader();
  ScopedHostReader(const ScopedHostReader&) = delete;
  ScopedHostReader& operator=(const ScopedHostReader&) = delete;
};

}  // namespace asl::wasm

#endif  // ASL_WASM_HOST_INPUT_FILE_H_
