// asl validate FILE... [--json]
#include "core/api/asl.h"
#include "core/api/wire_format.h"
#include "core/cli/args.h"
#include "core/cli/commands.h"
#include "core/cli/diagnostic_printer.h"
#include "core/cli/input_file.h"
#include "core/json/writer.h"

namespace asl::cli {
namespace {

constexpr const char* kUsage =
    "usage: asl validate FILE... [--json]\n"
    "  Checks state machine definitions. FILE '-' reads standard input.\n"
    "  --json  print {\"valid\": bool, \"diagnostics\": [...]} (an array of them, each with\n"
    "          \"file\", when several files are given)\n";

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int RunValidate(const std::vector<std::string>& argv, Streams streams) {
  std::string error;
  std::optional<Args> args = ParseArgs(argv, 2, {.flags = {"--json", "--help"}}, &error);
  if (args && args->Has("--help")) {
    streams.out << kUsage;
    return kExitOk;
  }
  if (!args || args->positional.empty()) {
    streams.err << "asl validate: " << (args ? "name at least one FILE" : error) << "\n" << kUsage;
    return kExitUsage;
  }
  bool json_output = args->Has("--json");
  bool any_errors = false;
  json::Array reports;
  size_t errors = 0, warnings = 0;
  for (const std::string& path : args->positional) {
    std::optional<std::string> text = ReadInputFile(path, &error);
    if (!text) {
      streams.err << "asl validate: " << error << "\n";
      return kExitUsage;
    }
    api::ValidationReport report = api::Validate(*text);
    any_errors = any_errors || !report.valid;
    if (json_output) {
      json::Members members;
      if (args->positional.size() > 1) members.push_back({"file", path});
      members.push_back({"valid", report.valid});
      members.push_back({"diagnostics", api::DiagnosticsToValue(report.diagnostics)});
      reports.push_back(json::Value(std::move(members)));
      continue;
    }
    PrintDiagnostics(streams.out, DisplayName(path), *text, report.diagnostics, streams.color);
    for (const diag::Diagnostic& d : report.diagnostics) {
      errors += d.severity == diag::Severity::kError;
      warnings += d.severity == diag::Severity::kWarning;
    }
  }
  if (json_output) {
    json::Value value = reports.size() == 1 ? reports[0] : json::Value(std::move(reports));
    streams.out << json::Serialize(value, {.indent = 2}) << "\n";
  } else if (errors + warnings == 0) {
    streams.out << (args->positional.size() == 1 ? DisplayName(args->positional[0]) + " is valid"
                                                 : "All " + std::to_string(args->positional.size()) + " files are valid")
                << ".\n";
  } else {
    streams.out << Plural(errors, "error") << ", " << Plural(warnings, "warning") << ".\n";
  }
  return any_errors ? kExitFailed : kExitOk;
}

}  // namespace asl::cli
