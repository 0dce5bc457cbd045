// asl test CONFIG.json --definition DEF.json [--state-machine NAME] [--case NAME]... [--json]
#include "core/api/run.h"
#include "core/cli/args.h"
#include "core/cli/commands.h"
#include "core/cli/diagnostic_printer.h"
#include "core/cli/input_file.h"
#include "core/json/writer.h"
#include "core/mocks/mock_config.h"

namespace asl::cli {
namespace {

constexpr const char* kUsage =
    "usage: asl test CONFIG.json --definition DEF.json [--state-machine NAME] [--case NAME]...\n"
    "                [--json]\n"
    "  Runs the test cases of a Step Functions Local mock configuration. Each case's\n"
    "  \"ExpectedResults\" entry (this tool's extension) gives its Input and the expected\n"
    "  Status, Output, Error and Cause; a case without one passes when it SUCCEEDS.\n"
    "  --state-machine NAME  which machine of the configuration (needed when it has several)\n"
    "  --case NAME           run only this case (repeatable)\n"
    "  --json                print {\"passed\", \"failed\", \"cases\": [...]}\n"
    "  Exit status: 0 all cases pass, 1 a case fails, 2 invalid files or arguments.\n";

std::string Short(const json::Value& v) {
  std::string s = json::Serialize(v);
  return s.size() > 200 ? s.substr(0, 200) + "…" : s;
}

// What differs from the expectation; "" when the case passes.
std::string Compare(const engine::ExecutionReport& report,
                    const std::optional<mocks::ExpectedResult>& expected) {
  std::string status(engine::ExecutionStatusName(report.status));
  std::string want = expected && expected->status ? *expected->status : "SUCCEEDED";
  std::string problems;
  auto add = [&](const std::string& p) { problems += (problems.empty() ? "" : "; ") + p; };
  if (status != want) {
    add("status " + status + ", expected " + want +
        (report.error ? " (" + *report.error + ": " + report.cause.value_or("") + ")" : ""));
    return problems;
  }
  if (!expected) return problems;
  if (expected->output && report.output != *expected->output) {
    add("output " + Short(report.output) + ", expected " + Short(*expected->output));
  }
  if (expected->error && report.error != expected->error) {
    add("error " + report.error.value_or("(none)") + ", expected " + *expected->error);
  }
  if (expected->cause && report.cause != expected->cause) {
    add("cause \"" + report.cause.value_or("") + "\", expected \"" + *expected->cause + "\"");
  }
  return problems;
}

}  // namespace

int RunTest(const std::vector<std::string>& argv, Streams streams) {
  std::string error;
  std::optional<Args> args = ParseArgs(
      argv, 2,
      {.flags = {"--json", "--help"},
       .valued = {"--definition", "--state-machine", "--case"},
       .repeatable = {"--case"}},
      &error);
  if (args && args->Has("--help")) {
    streams.out << kUsage;
    return kExitOk;
  }
  if (args && args->positional.size() != 1) error = "name exactly one CONFIG.json";
  if (args && error.empty() && !args->Value("--definition")) error = "--definition DEF.json is required";
  if (!args || !error.empty()) {
    streams.err << "asl test: " << error << "\n" << kUsage;
    return kExitUsage;
  }
  const std::string config_path = args->positional[0];
  const std::string definition_path = *args->Value("--definition");
  std::optional<std::string> config_text = ReadInputFile(config_path, &error);
  std::optional<std::string> definition = config_text ? ReadInputFile(definition_path, &error)
                                                      : std::nullopt;
  if (!config_text || !definition) {
    streams.err << "asl test: " << error << "\n";
    return kExitUsage;
  }
  auto parsed = mocks::ParseMockConfigText(*config_text, DisplayName(config_path));
  if (auto* message = std::get_if<std::string>(&parsed)) {
    streams.err << "asl test: " << *message << "\n";
    return kExitUsage;
  }
  const mocks::MockConfig& config = std::get<mocks::MockConfig>(parsed);
  std::string machine_name = args->Value("--state-machine").value_or("");
  if (machine_name.empty()) {
    if (config.state_machines.size() != 1) {
      std::string names;
      for (const auto& [name, _] : config.state_machines) names += (names.empty() ? "" : ", ") + name;
      streams.err << "asl test: " << DisplayName(config_path) << " has "
                  << config.state_machines.size()
                  << " state machines; choose one with --state-machine (" << names << ")\n";
      return kExitUsage;
    }
    machine_name = config.state_machines.begin()->first;
  }
  auto machine = config.state_machines.find(machine_name);
  if (machine == config.state_machines.end()) {
    streams.err << "asl test: " << DisplayName(config_path) << " has no state machine '"
                << machine_name << "'\n";
    return kExitUsage;
  }
  std::vector<std::string> cases = args->All("--case");
  if (cases.empty()) {
    for (const auto& [name, _] : machine->second.test_cases) cases.push_back(name);
  }
  int passed = 0, failed = 0;
  json::Array results;
  for (const std::string& case_name : cases) {
    auto test_case = machine->second.test_cases.find(case_name);
    std::optional<mocks::MockTable> table = config.TableFor(machine_name, case_name);
    if (test_case == machine->second.test_cases.end() || !table) {
      streams.err << "asl test: state machine '" << machine_name << "' has no test case '"
                  << case_name << "'\n";
      return kExitUsage;
    }
    const std::optional<mocks::ExpectedResult>& expected = test_case->second.expected;
    api::RunRequest request;
    request.definition = *definition;
    if (expected && expected->input) request.input = *expected->input;
    request.mocks = &*table;
    api::RunResult result = api::Run(request);
    if (!result.ran) {
      PrintDiagnostics(streams.err, DisplayName(definition_path), *definition,
                       result.validation.diagnostics, streams.color);
      streams.err << "asl test: the definition has errors; fix them to run its tests.\n";
      return kExitUsage;
    }
    std::string problems = Compare(result.report, expected);
    problems.empty() ? ++passed : ++failed;
    std::string status(engine::ExecutionStatusName(result.report.status));
    if (args->Has("--json")) {
      results.push_back(json::Value(json::Members{{"name", case_name},
                                                  {"passed", problems.empty()},
                                                  {"status", status},
                                                  {"problems", problems}}));
    } else {
      streams.out << (problems.empty() ? "PASS  " : "FAIL  ") << case_name << " (" << status
                  << ", " << result.report.transitions << " states)"
                  << (problems.empty() ? "" : ": " + problems) << "\n";
    }
  }
  if (args->Has("--json")) {
    streams.out << json::Serialize(json::Value(json::Members{{"passed", passed},
                                                             {"failed", failed},
                                                             {"cases", std::move(results)}}),
                                   {.indent = 2})
                << "\n";
  } else {
    streams.out << passed << " passed, " << failed << " failed\n";
  }
  return failed == 0 ? kExitOk : kExitFailed;
}

}  // namespace asl::cli
