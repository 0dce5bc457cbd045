// Problems found in a mock document, and how they are shown with a file position.
#ifndef ASL_CORE_MOCKS_MOCK_ERROR_H_
#define ASL_CORE_MOCKS_MOCK_ERROR_H_

#include <string>
#include <string_view>

#include "core/json/parser.h"

namespace asl::mocks {

struct MockError {
  std::string message;  // One sentence without the position.
  std::string pointer;  // RFC 6901 pointer of the offending value ("" for the document).
};

// "FILE:LINE:COLUMN: message", the position being that of the offending member's key (or value)
// in `parsed` (which must have been parsed from `text` with a source map).
std::string FormatMockError(const MockError& error, std::string_view file_name,
                            std::string_view text, const json::ParseResult& parsed);

// Parses `text` with a source map; on a syntax error returns false and sets *message to
// "FILE:LINE:COLUMN: ..." for it.
bool ParseMockText(std::string_view text, std::string_view file_name, json::ParseResult* parsed,
                   std::string* message);

}  // namespace asl::mocks

#endif  // ASL_CORE_MOCKS_MOCK_ERROR_H_
