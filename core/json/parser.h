// A strict JSON (RFC 8259) parser that never throws, keeps object key order, reports
// duplicate keys, and can record where every value stands (SourceMap).
#ifndef ASL_CORE_JSON_PARSER_H_
#define ASL_CORE_JSON_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/source_map.h"
#include "core/json/value.h"

namespace asl::json {

struct ParseOptions {
  bool build_source_map = false;
  // Deeper documents are rejected with an error instead of risking the stack.
  int max_depth = 1000;
};

struct ParseError {
  std::string message;  // One sentence: what was found and what was expected.
  Span span;            // Where; an empty span at the end for a truncated document.
};

struct DuplicateKey {
  std::string pointer;  // Pointer of the member (its later occurrence).
  Span key;             // The later occurrence's key.
  Span first_key;       // The first occurrence's key.
};

struct ParseResult {
  Value value;                              // Null when there is an error.
  std::optional<ParseError> error;          // Set when the text is not valid JSON.
  std::vector<DuplicateKey> duplicate_keys; // The later value wins, in the first one's place.
  SourceMap source_map;                     // Filled when ParseOptions::build_source_map.
  bool ok() const { return !error.has_value(); }
};

ParseResult Parse(std::string_view text, const ParseOptions& options = {});

// Parses or returns nullopt, putting a message with line and column into *error if given.
std::optional<Value> ParseValue(std::string_view text, std::string* error = nullptr);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_PARSER_H_
