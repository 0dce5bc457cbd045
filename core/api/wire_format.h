// The JSON wire format shared by the CLI's --json output and the WebAssembly package.
#ifndef ASL_CORE_API_WIRE_FORMAT_H_
#define ASL_CORE_API_WIRE_FORMAT_H_

#include <vector>

#include "core/diag/diagnostic.h"
#include "core/json/value.h"

namespace asl::api {

// [{"severity": "error", "code", "message", "path", "range": {"start": {"line", "column"},
//   "end": {"line", "column"}}}] with 1-based lines and UTF-16 columns.
json::Value DiagnosticsToValue(const std::vector<diag::Diagnostic>& diagnostics);

}  // namespace asl::api

#endif  // ASL_CORE_API_WIRE_FORMAT_H_
