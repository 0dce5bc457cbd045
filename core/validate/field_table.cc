#include "core/validate/field_table.h"

#include <array>
#include <cmath>
#include <optional>

#include "core/model/state_field.h"

namespace asl::validate {
namespace {

using model::StateType;
using L = FieldLanguage;

constexpr uint32_t Bit(StateType t) { return 1u << static_cast<uint32_t>(t); }
constexpr uint32_t kPass = Bit(StateType::kPass);
constexpr uint32_t kTask = Bit(StateType::kTask);
constexpr uint32_t kChoice = Bit(StateType::kChoice);
constexpr uint32_t kWait = Bit(StateType::kWait);
constexpr uint32_t kSucceed = Bit(StateType::kSucceed);
constexpr uint32_t kFail = Bit(StateType::kFail);
constexpr uint32_t kParallel = Bit(StateType::kParallel);
constexpr uint32_t kMap = Bit(StateType::kMap);
constexpr uint32_t kAll = kPass | kTask | kChoice | kWait | kSucceed | kFail | kParallel | kMap;
constexpr uint32_t kFlowing = kPass | kTask | kWait | kParallel | kMap;  // Next / End.
constexpr uint32_t kWithResult = kTask | kParallel | kMap;
constexpr uint32_t kNotFail = kAll & ~kFail;
constexpr uint32_t kAssigning = kFlowing | kChoice;
constexpr uint32_t kStr = kString;
constexpr uint32_t kCount = kInteger | kExpression;

constexpr std::array<FieldSpec, 48> kFields = {{
    {"Type", kStr, L::kBoth, kAll, ""},
    {"Comment", kStr, L::kBoth, kAll, ""},
    {"QueryLanguage", kStr, L::kBoth, kAll, ""},
    {"Next", kStr, L::kBoth, kFlowing, ""},
    {"End", kBoolean, L::kBoth, kFlowing, ""},
    {"InputPath", kStr | kNull, L::kJsonPath, kNotFail, "Arguments"},
    {"OutputPath", kStr | kNull, L::kJsonPath, kNotFail, "Output"},
    {"Output", kAnyJson | kExpression, L::kJsonata, kNotFail, "OutputPath"},
    {"Assign", kObject | kExpression, L::kBoth, kAssigning, ""},
    {"Parameters", kObject, L::kJsonPath, kPass | kWithResult, "Arguments"},
    {"Arguments", kObject | kExpression, L::kJsonata, kTask | kParallel, "Parameters"},
    {"ResultSelector", kObject, L::kJsonPath, kWithResult, "Output"},
    {"ResultPath", kStr | kNull, L::kJsonPath, kPass | kWithResult, "Output"},
    {"Result", kAnyJson, L::kBoth, kPass, ""},
    {"Resource", kStr, L::kBoth, kTask, ""},
    {"TimeoutSeconds", kCount, L::kBoth, kTask, ""},
    {"TimeoutSecondsPath", kStr, L::kJsonPath, kTask, "TimeoutSeconds"},
    {"HeartbeatSeconds", kCount, L::kBoth, kTask, ""},
    {"HeartbeatSecondsPath", kStr, L::kJsonPath, kTask, "HeartbeatSeconds"},
    {"Credentials", kObject | kExpression, L::kBoth, kTask, ""},
    {"Retry", kArray, L::kBoth, kWithResult, ""},
    {"Catch", kArray, L::kBoth, kWithResult, ""},
    {"Choices", kArray, L::kBoth, kChoice, ""},
    {"Default", kStr, L::kBoth, kChoice, ""},
    {"Seconds", kCount, L::kBoth, kWait, ""},
    {"SecondsPath", kStr, L::kJsonPath, kWait, "Seconds"},
    {"Timestamp", kStr, L::kBoth, kWait, ""},
    {"TimestampPath", kStr, L::kJsonPath, kWait, "Timestamp"},
    {"Error", kStr, L::kBoth, kFail, ""},
    {"ErrorPath", kStr, L::kJsonPath, kFail, "Error"},
    {"Cause", kStr, L::kBoth, kFail, ""},
    {"CausePath", kStr, L::kJsonPath, kFail, "Cause"},
    {"Branches", kArray, L::kBoth, kParallel, ""},
    {"ItemProcessor", kObject, L::kBoth, kMap, ""},
    {"Iterator", kObject, L::kBoth, kMap, ""},
    {"ItemsPath", kStr, L::kJsonPath, kMap, "Items"},
    {"Items", kArray | kExpression, L::kJsonata, kMap, "ItemsPath"},
    {"ItemSelector", kObject | kExpression, L::kBoth, kMap, ""},
    {"ItemReader", kObject, L::kBoth, kMap, ""},
    {"ItemBatcher", kObject, L::kBoth, kMap, ""},
    {"ResultWriter", kObject, L::kBoth, kMap, ""},
    {"MaxConcurrency", kCount, L::kBoth, kMap, ""},
    {"MaxConcurrencyPath", kStr, L::kJsonPath, kMap, "MaxConcurrency"},
    {"ToleratedFailurePercentage", kNumber | kExpression, L::kBoth, kMap, ""},
    {"ToleratedFailurePercentagePath", kStr, L::kJsonPath, kMap, "ToleratedFailurePercentage"},
    {"ToleratedFailureCount", kCount, L::kBoth, kMap, ""},
    {"ToleratedFailureCountPath", kStr, L::kJsonPath, kMap, "ToleratedFailureCount"},
    {"Label", kStr, L::kBoth, kMap, ""},
}};

bool IsIntegral(const json::Value& v) {
  if (v.is_int()) return true;
  if (!v.is_double()) return false;
  double d = v.as_double();
  return std::isfinite(d) && std::floor(d) == d;
}

}  // namespace

std::span<const FieldSpec> StateFields() { return kFields; }

const FieldSpec* FindStateField(std::string_view name) {
  // Called for every member of every state: the model's field lookup, then an array.
  static const std::array<const FieldSpec*, model::kStateFieldCount> kByField = [] {
    std::array<const FieldSpec*, model::kStateFieldCount> by_field{};
    for (const FieldSpec& f : kFields) {
      if (std::optional<model::StateField> field = model::FindStateField(f.name)) {
        by_field[static_cast<size_t>(*field)] = &f;
      }
    }
    return by_field;
  }();
  std::optional<model::StateField> field = model::FindStateField(name);
  return field ? kByField[static_cast<size_t>(*field)] : nullptr;
}

bool AllowedIn(const FieldSpec& spec, model::StateType type) {
  return (spec.state_types & Bit(type)) != 0;
}

bool AllowedIn(const FieldSpec& spec, model::QueryLanguage language) {
  if (spec.language == L::kBoth) return true;
  return (spec.language == L::kJsonata) == (language == model::QueryLanguage::kJsonata);
}

std::vector<std::string_view> StateFieldNames(model::StateType type,
                                              model::QueryLanguage language) {
  std::vector<std::string_view> out;
  for (const FieldSpec& f : kFields) {
    if (AllowedIn(f, type) && AllowedIn(f, language)) out.push_back(f.name);
  }
  return out;
}

bool IsJsonataExpression(const json::Value& value) {
  if (!value.is_string()) return false;
  const std::string& s = value.as_string();
  return s.size() >= 4 && s.compare(0, 2, "{%") == 0 && s.compare(s.size() - 2, 2, "%}") == 0;
}

bool MatchesKinds(const json::Value& v, uint32_t kinds, bool jsonata) {
  if (jsonata && (kinds & kExpression) && IsJsonataExpression(v)) return true;
  switch (v.type()) {
    case json::Type::kNull:
      return kinds & kNull;
    case json::Type::kBool:
      return kinds & kBoolean;
    case json::Type::kInt:
    case json::Type::kDouble:
      return (kinds & kNumber) || ((kinds & kInteger) && IsIntegral(v));
    case json::Type::kString:
      return kinds & kString;
    case json::Type::kArray:
      return kinds & kArray;
    case json::Type::kObject:
      return kinds & kObject;
  }
  return false;
}

std::string DescribeKinds(uint32_t kinds, bool jsonata) {
  if ((kinds & kAnyJson) == kAnyJson) return "any JSON value";
  struct Name {
    uint32_t kind;
    std::string_view text;
  };
  static constexpr Name kNames[] = {
      {kString, "a string"},  {kInteger, "an integer"},
      {kNumber, "a number"},  {kBoolean, "a boolean"},
      {kObject, "an object"}, {kArray, "an array"},
      {kNull, "null"},        {kExpression, "a JSONata expression \"{% ... %}\""}};
  std::vector<std::string_view> parts;
  for (const Name& n : kNames) {
    if ((kinds & n.kind) && (n.kind != kExpression || jsonata)) parts.push_back(n.text);
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace asl::validate
