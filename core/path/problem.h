// A problem found in the text of a path or an intrinsic call, located by byte offsets.
#ifndef ASL_CORE_PATH_PROBLEM_H_
#define ASL_CORE_PATH_PROBLEM_H_

#include <cstddef>
#include <string>

namespace asl::path {

struct PathProblem {
  std::string message;  // One sentence: what is wrong and what to do.
  size_t offset = 0;    // Byte offset of the offending part within the checked string.
  size_t length = 0;    // Its length in bytes (at least 1 unless the string is empty).
};

}  // namespace asl::path

#endif  // ASL_CORE_PATH_PROBLEM_H_
