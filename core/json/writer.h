// Serializes values as JSON text the way the service prints them: compact by default,
// keys in insertion order, non-ASCII characters kept as UTF-8, doubles in their shortest
// round-trip form with ".0" when integral (as Jackson prints 2.0), ints as written.
#ifndef ASL_CORE_JSON_WRITER_H_
#define ASL_CORE_JSON_WRITER_H_

#include <string>

#include "core/json/value.h"

namespace asl::json {

struct WriteOptions {
  int indent = 0;  // Spaces per level; 0 prints compactly on one line.
};

std::string Serialize(const Value& value, const WriteOptions& options = {});
void SerializeTo(std::string& out, const Value& value, const WriteOptions& options = {});

// The text of a double as Serialize prints it.
std::string FormatDouble(double d);
// A JSON string literal with quotes and escapes.
void AppendQuoted(std::string& out, std::string_view text);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_WRITER_H_
