// A resumable run for hosts that answer tasks themselves (the WebAssembly package): every call
// takes and returns JSON text, and errors are values ({"error": "..."}), never exceptions.
//
//   Session s = Session::Create(definition, input_json, R"({"mocks": {...}, "seed": 1})");
//   s.Advance(1000);  // {"state": "waiting", "pending": [{"token", ...}], "events": 5}
//   s.Complete(token, "{\"ok\": true}");
//   s.Advance(1000);  // {"state": "finished", ...}
//   s.Report();       // the `asl run --json --history` object plus "dataFlow"
#ifndef ASL_CORE_API_SESSION_H_
#define ASL_CORE_API_SESSION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/engine/execution.h"
#include "core/mocks/mock_table.h"

namespace asl::api {

class Session {
 public:
  // Options: {"mocks": {simple mock table}, "startTime": "RFC3339", "seed": N,
  // "history": bool (default true), "dataFlow": bool (default true)}. An invalid definition,
  // input or option leaves the session unstarted; error() then holds the JSON error value
  // ({"error": message, "diagnostics": [...]} for definition problems).
  static Session Create(std::string_view definition, std::string_view input_json,
                        std::string_view options_json);

  bool ok() const { return execution_ != nullptr; }
  // The creation error as JSON text ("" when ok()).
  const std::string& error() const { return error_; }

  // Runs at most `max_steps` engine steps; stops early when finished or waiting for answers.
  // {"state": "running"|"waiting"|"finished", "pending": [{"token", "state", "resource",
  //  "input", "attempt"}], "events": N}
  std::string Advance(int64_t max_steps);
  // Answers a pending task; {"ok": true} or {"error": ...}.
  std::string Complete(std::string_view token, std::string_view result_json);
  std::string Fail(std::string_view token, std::string_view error, std::string_view cause);
  // Ends the execution as ABORTED; {"ok": true}.
  std::string Stop();
  // The report so far: {"status", "output"|"error"/"cause", "events": [...], "dataFlow": [...]}.
  std::string Report();

 private:
  std::string StateJson();

  std::unique_ptr<mocks::MockTable> mocks_;  // Stable address: the execution points at it.
  std::unique_ptr<engine::Execution> execution_;
  bool history_ = true;
  bool data_flow_ = true;
  std::string error_;
};

}  // namespace asl::api

#endif  // ASL_CORE_API_SESSION_H_
