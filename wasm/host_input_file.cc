#include "wasm/host_input_file.h"

#include <optional>
#include <string>

#include "core/cli/input_file.h"

namespace asl::wasm {
namespace {

// The reader of the running command; undefined outside RunCommand.
emscripten::val& CurrentReader() {
  static emscripten::val reader = emscripten::val::undefined();
  return reader;
}

}  // namespace

ScopedHostReader::ScopedHostReader(emscripten::val reader) { CurrentReader() = reader; }

ScopedHostReader::~ScopedHostReader() { CurrentReader() = emscripten::val::undefined(); }

}  // namespace asl::wasm

namespace asl::cli {

std::optional<std::string> ReadInputFile(const std::string& path, std::string* error) {
  emscripten::val& reader = asl::wasm::CurrentReader();
  if (reader.typeOf().as<std::string>() != "function") {
    *error = "cannot read " + path + ": no file reader in this host";
    return std::nullopt;
  }
  emscripten::val content = reader(path);
  if (content.instanceof(emscripten::val::global("Uint8Array"))) {
    return content.as<std::string>();
  }
  *error = "cannot read " + path + ": " +
           (content.isString() ? content.as<std::string>() : std::string("unknown error"));
  return std::nullopt;
}

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace asl::cli
