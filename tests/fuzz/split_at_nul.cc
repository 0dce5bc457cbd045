#include <string_view>

#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

void SplitAtNul(std::string_view data, std::string_view* head, std::string_view* tail) {
  size_t nul = data.find('\0');
  if (nul == std::string_view::npos) {
    *head = data;
    *tail = {};
    return;
  }
  *head = data.substr(0, nul);
  *tail = data.substr(nul + 1);
}

}  // namespace asl::fuzz
