// The one narrow API every front end uses (the `asl` CLI, the WebAssembly bindings, the
// tests): text in, data or JSON text out. Nothing here throws.
#ifndef ASL_CORE_API_ASL_H_
#define ASL_CORE_API_ASL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.h"

namespace asl::api {

struct ValidationReport {
  bool valid = false;  // No diagnostic of severity error.
  std::vector<diag::Diagnostic> diagnostics;  // Sorted by position, without duplicates.
};

ValidationReport Validate(std::string_view definition);

// {"valid": bool, "diagnostics": [{"severity", "code", "message", "path",
//   "range": {"start": {"line", "column"}, "end": {"line", "column"}}}]}
std::string ToJson(const ValidationReport& report, int indent = 0);

// The state graph (see core/graph/graph.h) in "json", "dot" or "mermaid" format. When the
// text is not JSON, returns false and sets *error to a message with line and column.
bool Graph(std::string_view definition, std::string_view format, std::string* out,
           std::string* error);

}  // namespace asl::api

#endif  // ASL_CORE_API_ASL_H_
