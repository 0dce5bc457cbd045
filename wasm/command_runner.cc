#include "wasm/command_runner.h"

#include <sstream>
#include <string>
#include <vector>

#include "core/cli/dispatch.h"
#include "wasm/host_input_file.h"

namespace asl::wasm {
namespace {

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
  std::ostringstream out;
  std::ostringstream err;
  int exit = 0;
  {
    ScopedHostReader reader(read_file);
    exit = cli::RunMain(argv, cli::Streams{out, err, color});
  }
  emscripten::val result = emscripten::val::object();
  result.set("exit", exit);
  result.set("stdout", Bytes(out.str()));
  result.set("stderr", Bytes(err.str()));
  return result;
}

}  // namespace asl::wasm
