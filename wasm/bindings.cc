// Embind bindings of the asl-wasm package (wasm/js): strings in, JSON text or bytes out.
//
// Only the JavaScript loader (wasm/js/lib/core.js) calls these. It checks argument types and
// sizes before each call, because Embind rejects a wrongly typed argument by throwing in
// JavaScript before the call reaches C++. Nothing here throws.
#include <emscripten/bind.h>

#include <string>

#include "core/api/asl.h"
#include "wasm/command_runner.h"

namespace {

std::string Version() { return ASL_WASM_VERSION; }

// The validation report as api::ToJson prints it (the CLI's `validate --json`).
std::string ValidateToJson(const std::string& definition) {
  return asl::api::ToJson(asl::api::Validate(definition));
}

struct GraphResult {
  bool ok = false;
  std::string output;  // The graph in the requested format when ok.
  std::string error;   // "line L, column C: message" when the text is not JSON.
};

// api::Graph: format "json", "dot" or "mermaid" (anything else prints json).
GraphResult GraphOf(const std::string& definition, const std::string& format) {
  GraphResult result;
  result.ok = asl::api::Graph(definition, format, &result.output, &result.error);
  return result;
}

}  // namespace

EMSCRIPTEN_BINDINGS(asl_core) {
  emscripten::value_object<GraphResult>("GraphResult")
      .field("ok", &GraphResult::ok)
      .field("output", &GraphResult::output)
      .field("error", &GraphResult::error);
  emscripten::function("version", &Version);
  emscripten::function("validate", &ValidateToJson);
  emscripten::function("graph", &GraphOf);
  emscripten::function("runCommand", &asl::wasm::RunCommand);
}
