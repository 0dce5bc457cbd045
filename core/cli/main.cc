// asl: validate, draw, run and test Amazon States Language definitions.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/dispatch.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  bool color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  return asl::cli::RunMain(std::vector<std::string>(argv, argv + argc),
                           asl::cli::Streams{std::cout, std::cerr, color});
}
