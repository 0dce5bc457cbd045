// asl jsonata EXPR [--input FILE|-] [--bindings FILE] [--json]
#include "core/api/run.h"
#include "core/cli/args.h"
#include "core/cli/commands.h"
#include "core/cli/input_file.h"
#include "core/json/writer.h"
#include "core/jsonata/jsonata.h"

namespace asl::cli {
namespace {

constexpr const char* kUsage =
    "usage: asl jsonata EXPR [--input FILE|-] [--bindings FILE] [--json]\n"
    "  Evaluates one JSONata expression (as npm jsonata 2.x does) and prints the result as JSON.\n"
    "  --input FILE      the input document, $ in the expression ('-' reads standard input;\n"
    "                    default: none, so paths are undefined)\n"
    "  --bindings FILE   a JSON object of variables: {\"name\": value} is $name\n"
    "  --json            print one object: {\"result\": ...}, {\"undefined\": true} or\n"
    "                    {\"error\": {\"code\", \"message\", \"position\"}}\n"
    "  The evaluation may take at most one second, as in Step Functions. An EXPR that starts\n"
    "  with '-' follows '--'.\n"
    "  Exit status: 0 a result or undefined, 1 an error in the expression, 2 bad arguments or\n"
    "  files.\n";

struct Request {
  std::string expression;
  std::optional<json::Value> input;
  jsonata::Bindings bindings;
};

// Reads and parses the JSON file `path`; "" on success, else the error, which starts with
// `what` ("the input is") when the file is not JSON.
std::string ReadJson(const std::string& path, const char* what, std::optional<json::Value>* out) {
  std::string error;
  std::optional<std::string> text = ReadInputFile(path, &error);
  if (!text) return error;
  *out = api::ParseDocument(*text, DisplayName(path), &error);
  if (!*out) return std::string(what) + " not JSON: " + error;
  return "";
}

// Fills the input and bindings named by the arguments; "" on success, else the error.
std::string Load(const Args& args, Request& request) {
  if (std::optional<std::string> path = args.Value("--input")) {
    if (std::string error = ReadJson(*path, "the input is", &request.input); !error.empty()) {
      return error;
    }
  }
  if (std::optional<std::string> path = args.Value("--bindings")) {
    std::optional<json::Value> bindings;
    if (std::string error = ReadJson(*path, "the bindings are", &bindings); !error.empty()) {
      return error;
    }
    if (!bindings->is_object()) {
      return "the bindings in " + DisplayName(*path) +
             " are not a JSON object of variable names and values";
    }
    for (const auto& [name, value] : bindings->as_object()) {
      // "$name" and "name" both bind $name, as the variable is written in the expression.
      request.bindings.Set(name.rfind('$', 0) == 0 ? name.substr(1) : name, value);
    }
  }
  return "";
}

json::Value ErrorJson(const jsonata::Error& error) {
  json::Members members{{"code", json::Value(error.code)}, {"message", json::Value(error.message)}};
  if (error.position >= 0) members.push_back({"position", json::Value(int64_t{error.position})});
  return json::Value(std::move(members));
}

// Prints `result` as --json asks; returns the exit status.
int PrintJson(std::ostream& out, const jsonata::Result& result) {
  json::Value value;
  if (!result.ok()) {
    value = json::Value(json::Members{{"error", ErrorJson(result.error)}});
  } else if (result.is_undefined()) {
    value = json::Value(json::Members{{"undefined", json::Value(true)}});
  } else {
    value = json::Value(json::Members{{"result", result.value}});
  }
  out << json::Serialize(value, {.indent = 2}) << "\n";
  return result.ok() ? kExitOk : kExitFailed;
}

int PrintForPerson(Streams streams, const jsonata::Result& result) {
  if (!result.ok()) {
    streams.err << "asl jsonata: " << result.error.code;
    if (result.error.position >= 0) streams.err << " at position " << result.error.position;
    streams.err << ": " << result.error.message << "\n";
    return kExitFailed;
  }
  if (result.is_undefined()) {
    streams.err << "asl jsonata: the result is undefined (nothing matched)\n";
    return kExitOk;
  }
  streams.out << json::Serialize(result.value, {.indent = 2}) << "\n";
  return kExitOk;
}

}  // namespace

int RunJsonata(const std::vector<std::string>& argv, Streams streams) {
  std::string error;
  std::optional<Args> args = ParseArgs(
      argv, 2, {.flags = {"--json", "--help"}, .valued = {"--input", "--bindings"}}, &error);
  if (args && args->Has("--help")) {
    streams.out << kUsage;
    return kExitOk;
  }
  if (args && args->positional.size() != 1) error = "name exactly one expression EXPR";
  if (!args || !error.empty()) {
    streams.err << "asl jsonata: " << error << "\n" << kUsage;
    return kExitUsage;
  }
  if (args->Value("--input") == "-" && args->Value("--bindings") == "-") {
    streams.err << "asl jsonata: only one of --input and --bindings can be '-' (standard input)\n";
    return kExitUsage;
  }
  Request request;
  request.expression = args->positional[0];
  if (error = Load(*args, request); !error.empty()) {
    streams.err << "asl jsonata: " << error << "\n";
    return kExitUsage;
  }
  jsonata::Result result;
  auto compiled = jsonata::Compile(request.expression);
  if (auto* compile_error = std::get_if<jsonata::Error>(&compiled)) {
    result.kind = jsonata::Result::Kind::kError;
    result.error = *compile_error;
  } else {
    result =
        jsonata::Evaluate(std::get<jsonata::Expression>(compiled), request.input, request.bindings);
  }
  return args->Has("--json") ? PrintJson(streams.out, result) : PrintForPerson(streams, result);
}

}  // namespace asl::cli
