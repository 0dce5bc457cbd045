// Reading the files named on the command line ("-" is standard input).
#ifndef ASL_CORE_CLI_INPUT_FILE_H_
#define ASL_CORE_CLI_INPUT_FILE_H_

#include <optional>
#include <string>

namespace asl::cli {

// The whole content, or nullopt with *error set to "cannot read FILE: reason".
std::optional<std::string> ReadInputFile(const std::string& path, std::string* error);

// "<stdin>" for "-", the path otherwise: how diagnostics name the file.
std::string DisplayName(const std::string& path);

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_INPUT_FILE_H_
