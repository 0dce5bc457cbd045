#include "core/cli/args.h"

namespace asl::cli {

std::optional<std::string> Args::Value(const std::string& option) const {
  auto it = values.find(option);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Args::All(const std::string& option) const {
  auto it = values.find(option);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

std::optional<Args> ParseArgs(const std::vector<std::string>& argv, size_t first,
                              const ArgSpec& spec, std::string* error) {
  Args args;
  bool only_positional = false;
  for (size_t i = first; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (only_positional || arg == "-" || arg.rfind("--", 0) != 0) {
      if (!only_positional && arg.size() > 1 && arg[0] == '-' && arg != "-") {
        *error = "unknown option '" + arg + "'";
        return std::nullopt;
      }
      args.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    if (spec.flags.count(name)) {
      if (value) {
        *error = "option '" + name + "' takes no value";
        return std::nullopt;
      }
      args.flags.insert(name);
      continue;
    }
    if (!spec.valued.count(name)) {
      *error = "unknown option '" + name + "'";
      return std::nullopt;
    }
    if (!value) {
      if (i + 1 >= argv.size()) {
        *error = "option '" + name + "' needs a value";
        return std::nullopt;
      }
      value = argv[++i];
    }
    std::vector<std::string>& slot = args.values[name];
    if (!slot.empty() && !spec.repeatable.count(name)) {
      *error = "option '" + name + "' is given more than once";
      return std::nullopt;
    }
    slot.push_back(*value);
  }
  return args;
}

}  // namespace asl::cli
