// asl graph FILE [--format json|dot|mermaid]
#include "core/api/asl.h"
#include "core/cli/args.h"
#include "core/cli/commands.h"
#include "core/cli/input_file.h"

namespace asl::cli {
namespace {

constexpr const char* kUsage =
    "usage: asl graph FILE [--format json|dot|mermaid]\n"
    "  Prints the state graph: states with their type and nesting, and the edges for Next,\n"
    "  Choice rules, Default and Catch. FILE '-' reads standard input. Default format: json.\n";

}  // namespace

int RunGraph(const std::vector<std::string>& argv, Streams streams) {
  std::string error;
  std::optional<Args> args =
      ParseArgs(argv, 2, {.flags = {"--help"}, .valued = {"--format"}}, &error);
  if (args && args->Has("--help")) {
    streams.out << kUsage;
    return kExitOk;
  }
  if (args && args->positional.size() != 1) error = "name exactly one FILE";
  std::string format = args ? args->Value("--format").value_or("json") : "";
  if (args && error.empty() && format != "json" && format != "dot" && format != "mermaid") {
    error = "unknown format '" + format + "'; use json, dot or mermaid";
  }
  if (!args || !error.empty()) {
    streams.err << "asl graph: " << error << "\n" << kUsage;
    return kExitUsage;
  }
  std::optional<std::string> text = ReadInputFile(args->positional[0], &error);
  if (!text) {
    streams.err << "asl graph: " << error << "\n";
    return kExitUsage;
  }
  std::string out;
  if (!api::Graph(*text, format, &out, &error)) {
    streams.err << DisplayName(args->positional[0]) << ": not JSON: " << error << "\n";
    return kExitFailed;
  }
  streams.out << out;
  if (!out.empty() && out.back() != '\n') streams.out << "\n";
  return kExitOk;
}

}  // namespace asl::cli
