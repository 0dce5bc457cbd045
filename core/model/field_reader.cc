#include "core/model/field_reader.h"

#include <cmath>

namespace asl::model {

std::optional<json::Value> ReadValue(const json::Value& object, std::string_view key) {
  return ReadValue(object.Find(key));
}

std::optional<std::string> ReadString(const json::Value& object, std::string_view key) {
  return ReadString(object.Find(key));
}

std::optional<json::Value> ReadValue(const json::Value* value) {
  if (value == nullptr) return std::nullopt;
  return *value;
}

std::optional<std::string> ReadString(const json::Value* value) {
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return value->as_string();
}

std::optional<int64_t> ReadInt(const json::Value& object, std::string_view key) {
  return ReadInt(object.Find(key));
}

std::optional<int64_t> ReadInt(const json::Value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_int()) return v->as_int();
  if (v->is_double()) {
    double d = v->as_double();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e18) {
      return static_cast<int64_t>(d);
    }
  }
  return std::nullopt;
}

PathField ReadPathField(const json::Value& object, std::string_view key) {
  return ReadPathField(object.Find(key));
}

PathField ReadPathField(const json::Value* v) {
  PathField field;
  if (v == nullptr) return field;
  if (v->is_null()) {
    field.kind = PathField::Kind::kNull;
  } else if (v->is_string()) {
    field.kind = PathField::Kind::kPath;
    field.path = v->as_string();
  }
  return field;
}

}  // namespace asl::model
