// Serializes values as JSON text the way the service prints them: compact by default,
// keys in insertion order, non-ASCII characters kept as UTF-8, ints as written, and doubles
// as Jackson prints them (Java's Double.toString): the shortest digits that read back the
// same double, plain from 0.001 up to 10^7 ("2.0", "0.5"), scientific outside ("1.0E7").
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

// The text of a double as Serialize prints it ("null" for NaN and infinities).
std::string FormatDouble(double d);
// A JSON string literal with quotes and escapes.
void AppendQuoted(std::string& out, std::string_view text);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_WRITER_H_
