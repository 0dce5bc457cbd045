// Runs the benchmark workloads through the native engine, checks every output, and reports
// transitions per second and peak memory for each.
//
// usage: engine_bench DIR [--workload NAME]... [--min-seconds S]
// DIR holds the workloads (bench/workloads/generate.mjs writes them; ../shared/bench-workloads
// has the recorded ones). Each workload runs in a child process so its peak resident memory
// is its own. Exit status 1 when an output is wrong.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bench/workload.h"
#include "core/api/asl.h"
#include "core/engine/execution.h"
#include "core/intrinsics/digest.h"
#include "core/json/parser.h"
#include "core/model/build.h"

namespace {

using asl::bench::Workload;

const std::vector<std::string> kAllWorkloads = {"pass_chain",     "choice_loop",  "map_inline",
                                                "parallel_fanout", "task_mocked", "intrinsics_heavy",
                                                "jsonpath_heavy", "big_payload"};

asl::engine::ExecutionReport RunOnce(const std::shared_ptr<const asl::model::StateMachine>& machine,
                                     const Workload& w) {
  asl::bench::WorkloadHandlers handlers(w.handlers);
  asl::engine::ExecuteOptions options;
  options.invoker = &handlers;
  options.record_history = true;  // As `asl run --history` and the playground run.
  options.record_data_flow = false;
  options.max_history_events = 0;  // map_inline alone writes 40,000 events.
  options.max_payload_bytes = 0;   // map_inline and jsonpath_heavy exceed 256 KiB on purpose.
  return asl::engine::RunToCompletion(machine, w.input, options);
}

// "" when the run produced the recorded result, else what is wrong.
std::string Check(const Workload& w, const asl::engine::ExecutionReport& report) {
  if (report.status != asl::engine::ExecutionStatus::kSucceeded) {
    return std::string("status ") + std::string(asl::engine::ExecutionStatusName(report.status)) +
           " (" + report.error.value_or("") + ": " + report.cause.value_or("") + ")";
  }
  std::optional<std::string> sha =
      asl::intrinsics::HexDigest("SHA-256", asl::bench::CanonicalJson(report.output));
  if (!w.expected_sha256.empty() && sha != w.expected_sha256) return "output sha256 differs";
  if (w.expected_output && *w.expected_output != report.output) return "output differs";
  if (w.transitions != 0 && report.transitions != w.transitions) {
    return "transitions " + std::to_string(report.transitions) + ", expected " +
           std::to_string(w.transitions);
  }
  return "";
}

// Runs one workload in this process and prints its row; returns the exit status.
int BenchOne(const std::string& dir, const std::string& name, double min_seconds) {
  std::string error;
  std::optional<Workload> w = asl::bench::LoadWorkload(dir, name, &error);
  if (!w) {
    std::printf("%-17s error: %s\n", name.c_str(), error.c_str());
    return 1;
  }
  asl::api::ValidationReport validation = asl::api::Validate(w->definition_text);
  if (!validation.valid) {
    std::printf("%-17s error: the definition does not validate: %s\n", name.c_str(),
                validation.diagnostics.front().message.c_str());
    return 1;
  }
  auto machine = std::make_shared<asl::model::StateMachine>(asl::model::BuildStateMachine(w->definition));
  asl::engine::ExecutionReport first = RunOnce(machine, *w);
  if (std::string problem = Check(*w, first); !problem.empty()) {
    std::printf("%-17s WRONG: %s\n", name.c_str(), problem.c_str());
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  int runs = 0;
  double total = 0;
  while (runs < 3 || total < min_seconds) {
    auto start = Clock::now();
    asl::engine::ExecutionReport report = RunOnce(machine, *w);
    total += std::chrono::duration<double>(Clock::now() - start).count();
    ++runs;
    if (report.status != asl::engine::ExecutionStatus::kSucceeded) return 1;
  }
  double per_run = total / runs;
  double per_transition_us = per_run * 1e6 / static_cast<double>(first.transitions);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%-17s %11lld %5d %10.2f %13.3f %15.0f %9.1f MB  ok\n", name.c_str(),
              static_cast<long long>(first.transitions), runs, per_run * 1e3, per_transition_us,
              static_cast<double>(first.transitions) / per_run, usage.ru_maxrss / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: engine_bench DIR [--workload NAME]... [--min-seconds S]\n");
    return 2;
  }
  std::string dir = argv[1];
  std::vector<std::string> names;
  double min_seconds = 1.0;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--workload" && i + 1 < argc) {
      names.push_back(argv[++i]);
    } else if (arg == "--min-seconds" && i + 1 < argc) {
      min_seconds = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "engine_bench: unknown argument '%s'\n", arg.c_str());
      return 2;
    }
  }
  if (names.empty()) names = kAllWorkloads;
  std::printf("%-17s %11s %5s %10s %13s %15s %12s  %s\n", "workload", "transitions", "runs",
              "ms/run", "µs/transition", "transitions/s", "peak RSS", "output");
  int status = 0;
  for (const std::string& name : names) {
    std::fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
      int child_result = BenchOne(dir, name, min_seconds);
      std::fflush(stdout);
      std::_Exit(child_result);
    }
    int child_status = 0;
    waitpid(child, &child_status, 0);
    if (!WIFEXITED(child_status) || WEXITSTATUS(child_status) != 0) status = 1;
  }
  return status;
}
