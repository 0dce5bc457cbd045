// Embind bindings of the asl-wasm package (wasm/js): strings in, JSON text or bytes out.
//
// Only the JavaScript loader (wasm/js/lib/core.js) calls these. It checks argument types and
// sizes before each call, because Embind rejects a wrongly typed argument by throwing in
// JavaScript before the call reaches C++. Nothing here throws.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "core/api/asl.h"
#include "core/api/session.h"
#include "wasm/command_runner.h"

namespace {

std::string Version() { return ASL_WASM_VERSION; }

// Text that JavaScript hands over as a Uint8Array of UTF-8 (lib/arguments.js utf8Argument) or
// as a string. The bytes are copied with one TypedArray.set into the string's buffer: Embind's
// own std::string conversion copies a Uint8Array byte by byte in JavaScript, and measures and
// encodes a string character by character.
std::string TextOf(const emscripten::val& text) {
  if (text.isString()) return text.as<std::string>();
  const size_t length = text["length"].as<size_t>();
  std::string out(length, '\0');
  emscripten::val(
      emscripten::typed_memory_view(length, reinterpret_cast<unsigned char*>(out.data())))
      .call<void>("set", text);
  return out;
}

// The validation report as api::ToJson prints it (the CLI's `validate --json`).
std::string ValidateToJson(const emscripten::val& definition) {
  return asl::api::ToJson(asl::api::Validate(TextOf(definition)));
}

struct GraphResult {
  bool ok = false;
  std::string output;  // The graph in the requested format when ok.
  std::string error;   // "line L, column C: message" when the text is not JSON.
};

// api::Graph: format "json", "dot" or "mermaid" (anything else prints json).
GraphResult GraphOf(const emscripten::val& definition, const std::string& format) {
  GraphResult result;
  result.ok = asl::api::Graph(TextOf(definition), format, &result.output, &result.error);
  return result;
}

// Executions (api::Session) for wasm/js/lib/execution.js, which owns each object and deletes it.
// Step counts and event indexes arrive as JavaScript numbers (doubles): Embind has no int64
// without BigInt.
using asl::api::Session;

Session* NewSession(const emscripten::val& definition, const emscripten::val& input,
                    const std::string& options) {
  return new Session(Session::Create(TextOf(definition), TextOf(input), options));
}

//
// Results that can be large (histories of 100,000 events) come back as a Uint8Array view of
// UTF-8 in the module's memory, which JavaScript decodes with TextDecoder before its next call:
// Embind's std::string conversion scans the text byte by byte in JavaScript, several times
// slower. The view is valid until the next call into the module.
emscripten::val Utf8ViewOf(const std::string& text) {
  return emscripten::val(emscripten::typed_memory_view(
      text.size(), reinterpret_cast<const unsigned char*>(text.data())));
}

// The view of a result made for this call, kept until the next one.
emscripten::val AsUtf8View(std::string text) {
  static std::string* last = new std::string();  // Never freed: outlives every call.
  *last = std::move(text);
  return Utf8ViewOf(*last);
}

std::string SessionError(const Session& s) { return s.error(); }
// The listing stays in the session (Session::Settle), so its view needs no copy.
emscripten::val SessionSettle(Session& s, const std::string& answers, double max_steps) {
  return Utf8ViewOf(s.Settle(answers, static_cast<int64_t>(max_steps)));
}
std::string SessionHeartbeat(Session& s, const std::string& token) { return s.Heartbeat(token); }
emscripten::val SessionAdvanceClockTo(Session& s, double epoch_ms) {
  return AsUtf8View(s.AdvanceClockTo(static_cast<int64_t>(epoch_ms)));
}
std::string SessionClock(Session& s) { return s.Clock(); }
std::string SessionStop(Session& s) { return s.Stop(); }
emscripten::val SessionReport(Session& s) { return AsUtf8View(s.Report()); }
emscripten::val SessionOutcome(Session& s) { return AsUtf8View(s.Outcome()); }
emscripten::val SessionHistory(Session& s) { return AsUtf8View(s.History()); }
emscripten::val SessionDataFlow(Session& s) { return AsUtf8View(s.DataFlow()); }
emscripten::val SessionEventsSince(Session& s, double first) {
  return AsUtf8View(s.EventsSince(static_cast<int64_t>(first)));
}
emscripten::val SessionPendingContexts(Session& s) { return AsUtf8View(s.PendingContexts()); }

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
  emscripten::class_<Session>("Session")
      .constructor(&NewSession, emscripten::allow_raw_pointers())
      .function("ok", &Session::ok)
      .function("error", &SessionError)
      .function("settle", &SessionSettle)
      .function("heartbeat", &SessionHeartbeat)
      .function("advanceClockTo", &SessionAdvanceClockTo)
      .function("clock", &SessionClock)
      .function("stop", &SessionStop)
      .function("report", &SessionReport)
      .function("outcome", &SessionOutcome)
      .function("history", &SessionHistory)
      .function("dataFlow", &SessionDataFlow)
      .function("eventsSince", &SessionEventsSince)
      .function("pendingContexts", &SessionPendingContexts);
}
