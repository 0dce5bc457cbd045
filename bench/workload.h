// A benchmark workload file (../shared/bench-workloads/README.md format) loaded for running:
// definition, input, the handlers of its Task states, and a check of the output.
#ifndef ASL_BENCH_WORKLOAD_H_
#define ASL_BENCH_WORKLOAD_H_

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/json/value.h"
#include "core/mocks/task_invoker.h"

namespace asl::bench {

struct Workload {
  std::string name;
  std::string definition_text;
  json::Value definition;
  json::Value input;
  int64_t transitions = 0;              // States entered in one execution, as recorded.
  std::map<std::string, std::string> handlers;  // Task state -> handler name ("inc_flaky").
  std::string expected_sha256;          // Of the canonical JSON of the output.
  std::optional<json::Value> expected_output;
};

// Reads DIR/NAME.json and the files it names; nullopt with *error when anything is missing.
std::optional<Workload> LoadWorkload(const std::filesystem::path& dir, const std::string& name,
                                     std::string* error);

// Object keys sorted, no whitespace: the text whose SHA-256 the workloads record.
std::string CanonicalJson(const json::Value& value);

// Answers the workloads' Task states with their named handlers. inc_flaky: {"i": k} ->
// {"i": k + 1}, failing with Error "Flaky", Cause "k=<k>" when k % 100 == 99.
class WorkloadHandlers : public mocks::TaskInvoker {
 public:
  explicit WorkloadHandlers(std::map<std::string, std::string> handlers)
      : handlers_(std::move(handlers)) {}
  std::optional<mocks::TaskOutcome> Invoke(const mocks::TaskRequest& request,
                                           std::string* why_not) override;

 private:
  std::map<std::string, std::string> handlers_;
};

}  // namespace asl::bench

#endif  // ASL_BENCH_WORKLOAD_H_
