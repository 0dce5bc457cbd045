// Typed, tolerant reads of object members, shared by the model builders.
#ifndef ASL_CORE_MODEL_FIELD_READER_H_
#define ASL_CORE_MODEL_FIELD_READER_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/model/path_field.h"

namespace asl::model {

// The member when present (of any type).
std::optional<json::Value> ReadValue(const json::Value& object, std::string_view key);
// The member when it is a string.
std::optional<std::string> ReadString(const json::Value& object, std::string_view key);
// The member when it is an integer (or a double with an integral value).
std::optional<int64_t> ReadInt(const json::Value& object, std::string_view key);
// A path field: absent, null, or a string (any other type reads as absent).
PathField ReadPathField(const json::Value& object, std::string_view key);

// The same reads of a member already found (`value` is nullptr when it is absent).
std::optional<json::Value> ReadValue(const json::Value* value);
std::optional<std::string> ReadString(const json::Value* value);
std::optional<int64_t> ReadInt(const json::Value* value);
PathField ReadPathField(const json::Value* value);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_FIELD_READER_H_
