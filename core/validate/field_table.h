// Which fields each state type accepts, in which query language, with which JSON types
// (ASL "State Types" and the Step Functions developer guide's per-state field lists,
// including the JSONata fields of the 2024 revision).
#ifndef ASL_CORE_VALIDATE_FIELD_TABLE_H_
#define ASL_CORE_VALIDATE_FIELD_TABLE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/value.h"
#include "core/model/query_language.h"
#include "core/model/states.h"

namespace asl::validate {

// Bit set of accepted JSON shapes.
enum Kind : uint32_t {
  kString = 1 << 0,
  kInteger = 1 << 1,  // A number with an integral value.
  kNumber = 1 << 2,   // Any number.
  kBoolean = 1 << 3,
  kObject = 1 << 4,
  kArray = 1 << 5,
  kNull = 1 << 6,
  kAnyJson = (1 << 7) - 1,
  kExpression = 1 << 7,  // A "{% ... %}" string; accepted only in JSONata states.
};

enum class FieldLanguage { kBoth, kJsonPath, kJsonata };

struct FieldSpec {
  std::string_view name;
  uint32_t kinds;
  FieldLanguage language;
  uint32_t state_types;  // Bit (1 << StateType) per state type that has the field.
  // What to write instead in the other query language (for the mismatch message), or "".
  std::string_view other_language_field;
};

std::span<const FieldSpec> StateFields();
const FieldSpec* FindStateField(std::string_view name);
bool AllowedIn(const FieldSpec& spec, model::StateType type);
bool AllowedIn(const FieldSpec& spec, model::QueryLanguage language);
// The names a state of `type` in `language` accepts (for suggestions).
std::vector<std::string_view> StateFieldNames(model::StateType type, model::QueryLanguage language);

// True for a string of the form "{% ... %}".
bool IsJsonataExpression(const json::Value& value);
// True when `value` is one of `kinds` (kExpression only when `jsonata`).
bool MatchesKinds(const json::Value& value, uint32_t kinds, bool jsonata);
// "a string", "an integer or a JSONata expression", ...
std::string DescribeKinds(uint32_t kinds, bool jsonata);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_FIELD_TABLE_H_
