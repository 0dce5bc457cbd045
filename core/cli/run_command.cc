// asl run DEF.json [--input FILE|-] [--mocks FILE] [--json] [--history] [--start-time RFC3339]
//                  [--seed N]
#include <charconv>

#include "core/api/run.h"
#include "core/cli/args.h"
#include "core/cli/commands.h"
#include "core/cli/diagnostic_printer.h"
#include "core/cli/history_table.h"
#include "core/cli/input_file.h"
#include "core/timestamp/timestamp.h"
#include "core/json/writer.h"

namespace asl::cli {
namespace {

constexpr const char* kUsage =
    "usage: asl run DEF.json [--input FILE|-] [--mocks FILE] [--json] [--history]\n"
    "               [--start-time RFC3339] [--seed N]\n"
    "  Runs the state machine on a virtual clock, with Task states answered by mocks.\n"
    "  --input FILE      the execution input (JSON; '-' reads standard input; default {})\n"
    "  --mocks FILE      {\"State\": {\"0\": {\"Return\": ...}, \"1-2\": {\"Throw\": {\"Error\": ..., \"Cause\": ...}}}}\n"
    "  --json            print {\"status\", \"output\", \"error\", \"cause\"} as one JSON object\n"
    "  --history         include the execution history (\"events\" with --json)\n"
    "  --start-time T    the virtual clock's start (default 2024-01-01T00:00:00.000Z)\n"
    "  --seed N          seeds UUIDs, States.MathRandom and retry jitter (default 0)\n"
    "  Exit status: 0 SUCCEEDED, 1 another status, 2 invalid definition or arguments.\n";

struct Loaded {
  std::string definition;
  json::Value input = json::Value::FromUniqueMembers({});
  std::optional<mocks::MockTable> mocks;
};

// Reads the definition, input and mocks named by the arguments; "" on success, else the error.
std::string Load(const Args& args, Loaded& loaded) {
  std::string error;
  const std::string& definition_path = args.positional[0];
  std::optional<std::string> input_path = args.Value("--input");
  if (definition_path == "-" && input_path == "-") {
    return "only one of DEF.json and --input can be '-' (standard input)";
  }
  std::optional<std::string> text = ReadInputFile(definition_path, &error);
  if (!text) return error;
  loaded.definition = std::move(*text);
  if (input_path) {
    std::optional<std::string> input_text = ReadInputFile(*input_path, &error);
    if (!input_text) return error;
    std::optional<json::Value> input =
        api::ParseDocument(*input_text, DisplayName(*input_path), &error);
    if (!input) return "the input is not JSON: " + error;
    loaded.input = std::move(*input);
  }
  if (std::optional<std::string> mocks_path = args.Value("--mocks")) {
    std::optional<std::string> mocks_text = ReadInputFile(*mocks_path, &error);
    if (!mocks_text) return error;
    auto parsed = mocks::ParseMockTableText(*mocks_text, DisplayName(*mocks_path));
    if (auto* message = std::get_if<std::string>(&parsed)) return *message;
    loaded.mocks = std::move(std::get<mocks::MockTable>(parsed));
  }
  return "";
}

void PrintForPerson(std::ostream& out, const engine::ExecutionReport& report, bool history) {
  if (history) PrintHistoryTable(out, report.history);
  if (report.status == engine::ExecutionStatus::kSucceeded) {
    out << json::Serialize(report.output, {.indent = 2}) << "\n";
    return;
  }
  out << engine::ExecutionStatusName(report.status) << "\n";
  if (report.error) out << "  error: " << *report.error << "\n";
  if (report.cause) out << "  cause: " << *report.cause << "\n";
}

}  // namespace

int RunRun(const std::vector<std::string>& argv, Streams streams) {
  std::string error;
  std::optional<Args> args =
      ParseArgs(argv, 2,
                {.flags = {"--json", "--history", "--help"},
                 .valued = {"--input", "--mocks", "--start-time", "--seed"}},
                &error);
  if (args && args->Has("--help")) {
    streams.out << kUsage;
    return kExitOk;
  }
  if (args && args->positional.size() != 1) error = "name exactly one definition file DEF.json";
  api::RunRequest request;
  if (args && error.empty()) {
    if (std::optional<std::string> start = args->Value("--start-time")) {
      request.start_time_ms = timestamp::ParseTimestamp(*start);
      if (!request.start_time_ms) {
        error = "--start-time '" + *start + "' is not an RFC 3339 timestamp such as 2024-01-01T00:00:00Z";
      }
    }
    if (std::optional<std::string> seed = args->Value("--seed")) {
      auto [end, ec] = std::from_chars(seed->data(), seed->data() + seed->size(), request.seed);
      if (ec != std::errc() || end != seed->data() + seed->size()) {
        error = "--seed '" + *seed + "' is not a non-negative whole number";
      }
    }
  }
  if (!args || !error.empty()) {
    streams.err << "asl run: " << error << "\n" << kUsage;
    return kExitUsage;
  }
  Loaded loaded;
  if (error = Load(*args, loaded); !error.empty()) {
    streams.err << "asl run: " << error << "\n";
    return kExitUsage;
  }
  request.definition = loaded.definition;
  request.input = loaded.input;
  request.mocks = loaded.mocks ? &*loaded.mocks : nullptr;
  request.record_history = args->Has("--history");
  api::RunResult result = api::Run(request);
  if (!result.ran) {
    PrintDiagnostics(streams.err, DisplayName(args->positional[0]), loaded.definition,
                     result.validation.diagnostics, streams.color);
    streams.err << "asl run: the definition has errors; fix them to run it.\n";
    return kExitUsage;
  }
  if (args->Has("--json")) {
    json::Value value = engine::ReportToJson(result.report, args->Has("--history"), false);
    streams.out << json::Serialize(value, {.indent = 2}) << "\n";
  } else {
    PrintForPerson(streams.out, result.report, args->Has("--history"));
  }
  return result.report.status == engine::ExecutionStatus::kSucceeded ? kExitOk : kExitFailed;
}

}  // namespace asl::cli
