// Command-line arguments of one `asl` subcommand: positionals, flags and valued options.
#ifndef ASL_CORE_CLI_ARGS_H_
#define ASL_CORE_CLI_ARGS_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace asl::cli {

struct ArgSpec {
  std::set<std::string> flags;          // e.g. "--json"
  std::set<std::string> valued;         // e.g. "--format"; "--format x" and "--format=x"
  std::set<std::string> repeatable;     // valued options that may appear more than once
};

struct Args {
  std::vector<std::string> positional;  // "-" (stdin) counts as a positional.
  std::set<std::string> flags;
  std::map<std::string, std::vector<std::string>> values;

  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::optional<std::string> Value(const std::string& option) const;
  std::vector<std::string> All(const std::string& option) const;
};

// Parses argv[first..]. On a usage mistake returns nullopt and sets *error to a sentence
// that says what to do.
std::optional<Args> ParseArgs(const std::vector<std::string>& argv, size_t first,
                              const ArgSpec& spec, std::string* error);

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_ARGS_H_
