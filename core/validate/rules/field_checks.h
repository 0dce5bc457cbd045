// Small checks shared by the rule families: unknown fields, JSON types, enumerations,
// integer ranges. Each reports at most one finding and returns whether the value passed.
#ifndef ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_
#define ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/validate/report.h"

namespace asl::validate {

// Reports every member of `object` (at `pointer`) whose key is not in `known`, suggesting
// the closest known key. `owner` names the object in messages ("a Retry entry").
void CheckKnownFields(const json::Value& object, const std::string& pointer,
                      std::span<const std::string_view> known, std::string_view owner,
                      Report& report);

// Reports each of `required` missing from `object`.
void CheckRequiredFields(const json::Value& object, const std::string& pointer,
                         std::initializer_list<std::string_view> required, std::string_view owner,
                         Report& report);

// Reports when more than one of `fields` is present (at the second one).
void CheckExclusive(const json::Value& object, const std::string& pointer,
                    std::initializer_list<std::string_view> fields, std::string_view owner,
                    Report& report);

// Reports when `value` (the member `field` of `owner`) is not a string among `allowed`.
bool CheckEnum(const json::Value& value, const std::string& pointer, std::string_view field,
               std::initializer_list<std::string_view> allowed, std::string_view owner,
               Report& report);

// Reports when `value` is not a JSON type listed in `kinds` (field_table.h Kind bits).
bool CheckKinds(const json::Value& value, const std::string& pointer, std::string_view field,
                uint32_t kinds, bool jsonata, std::string_view owner, Report& report);

// Reports when the integral or numeric `value` lies outside [min, max] (max optional).
bool CheckRange(const json::Value& value, const std::string& pointer, std::string_view field,
                double min, std::optional<double> max, std::string_view owner, Report& report);

// "[A, B, C]" for messages.
std::string JoinNames(std::span<const std::string_view> names);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_
