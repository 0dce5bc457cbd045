// Diagnostics for a person: `file:line:col: severity[CODE]: message`, then the source line
// and a caret under the range.
#ifndef ASL_CORE_CLI_DIAGNOSTIC_PRINTER_H_
#define ASL_CORE_CLI_DIAGNOSTIC_PRINTER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.h"

namespace asl::cli {

void PrintDiagnostics(std::ostream& out, const std::string& file_name, std::string_view text,
                      const std::vector<diag::Diagnostic>& diagnostics, bool color);

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_DIAGNOSTIC_PRINTER_H_
