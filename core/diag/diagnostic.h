// Diagnostics: problems found in a definition, as data.
//
// Shaped like AWS ValidateStateMachineDefinition diagnostics (severity, code, message,
// location as an RFC 6901 JSON pointer) plus a source range in the editor's coordinates:
// 1-based lines and 1-based UTF-16 columns, which is what Monaco takes.
#ifndef ASL_CORE_DIAG_DIAGNOSTIC_H_
#define ASL_CORE_DIAG_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace asl::diag {

enum class Severity { kError, kWarning, kInfo };

// "error" | "warning" | "info".
std::string_view SeverityName(Severity severity);

struct Position {
  int line = 1;    // 1-based.
  int column = 1;  // 1-based, counted in UTF-16 code units.
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;  // Exclusive.
  friend bool operator==(const Range&, const Range&) = default;
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;     // Stable identifier, e.g. "MISSING_TRANSITION_TARGET".
  std::string message;  // One sentence that names the place and says what to do.
  std::string path;     // RFC 6901 JSON pointer into the definition, "" for the whole document.
  Range range;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// Orders diagnostics by position, then severity, code and message, and removes exact
// duplicates. Every front end shows diagnostics in this order.
void SortAndDeduplicate(std::vector<Diagnostic>& diagnostics);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace asl::diag

#endif  // ASL_CORE_DIAG_DIAGNOSTIC_H_
