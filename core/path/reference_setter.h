// Writes a value into a document at a Reference Path, as ResultPath does (ASL spec
// "ResultPath", AWS "Specifying state output using ResultPath").
//
// - "$" replaces the whole document.
// - Fields missing on the way are created as objects; an existing field is replaced in place,
//   keeping its position. An index must name an existing array item, which is replaced.
// - Stepping through anything else (a string, a number, an index past the end, a field of an
//   array) fails: AWS raises States.ResultPathMatchFailure with the cause given here.
// - The result shares every untouched part with the input (Value::With).
#ifndef ASL_CORE_PATH_REFERENCE_SETTER_H_
#define ASL_CORE_PATH_REFERENCE_SETTER_H_

#include <string>
#include <variant>

#include "core/json/value.h"
#include "core/path/path.h"

namespace asl::path {

struct SetFailure {
  std::string cause;  // "Unable to apply ReferencePath $.a.b to input \"text\""
};

// `path` must be definite (a Reference Path); an indefinite one fails.
std::variant<json::Value, SetFailure> SetAtPath(const json::Value& document, const Path& path,
                                                json::Value value);

}  // namespace asl::path

#endif  // ASL_CORE_PATH_REFERENCE_SETTER_H_
