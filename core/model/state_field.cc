#include "core/model/state_field.h"

#include <cstring>

namespace asl::model {
namespace {

constexpr std::array<std::string_view, kStateFieldCount> kNames = {
    "Type",
    "Comment",
    "QueryLanguage",
    "Next",
    "End",
    "InputPath",
    "OutputPath",
    "Output",
    "Assign",
    "Parameters",
    "Arguments",
    "ResultSelector",
    "ResultPath",
    "Result",
    "Resource",
    "TimeoutSeconds",
    "TimeoutSecondsPath",
    "HeartbeatSeconds",
    "HeartbeatSecondsPath",
    "Credentials",
    "Retry",
    "Catch",
    "Choices",
    "Default",
    "Seconds",
    "SecondsPath",
    "Timestamp",
    "TimestampPath",
    "Error",
    "ErrorPath",
    "Cause",
    "CausePath",
    "Branches",
    "ItemProcessor",
    "Iterator",
    "ItemsPath",
    "Items",
    "ItemSelector",
    "ItemReader",
    "ItemBatcher",
    "ResultWriter",
    "MaxConcurrency",
    "MaxConcurrencyPath",
    "ToleratedFailurePercentage",
    "ToleratedFailurePercentagePath",
    "ToleratedFailureCount",
    "ToleratedFailureCountPath",
    "Label",
};

// The fields grouped by name length, so that a lookup compares a key with the few names of
// its length only.
constexpr size_t kMaxNameLength = 32;
constexpr size_t kMaxPerLength = 8;
struct LengthBucket {
  uint8_t count = 0;
  std::array<uint8_t, kMaxPerLength> fields{};
};
constexpr std::array<LengthBucket, kMaxNameLength + 1> kByLength = [] {
  std::array<LengthBucket, kMaxNameLength + 1> buckets{};
  for (size_t i = 0; i < kNames.size(); ++i) {
    LengthBucket& b = buckets[kNames[i].size()];
    b.fields[b.count++] = static_cast<uint8_t>(i);  // A bucket overflow fails to compile.
  }
  return buckets;
}();

}  // namespace

std::string_view StateFieldName(StateField field) { return kNames[static_cast<size_t>(field)]; }

std::optional<StateField> FindStateField(std::string_view name) {
  if (name.size() > kMaxNameLength || name.empty()) return std::nullopt;
  const LengthBucket& bucket = kByLength[name.size()];
  for (uint8_t i = 0; i < bucket.count; ++i) {
    std::string_view candidate = kNames[bucket.fields[i]];
    if (candidate[0] == name[0] && std::memcmp(candidate.data(), name.data(), name.size()) == 0) {
      return static_cast<StateField>(bucket.fields[i]);
    }
  }
  return std::nullopt;
}

StateFieldValues::StateFieldValues(const json::Value& state) {
  for (const json::Member& m : state.as_object()) {
    if (std::optional<StateField> field = FindStateField(m.key)) {
      values_[static_cast<size_t>(*field)] = &m.value;
    }
  }
}

}  // namespace asl::model
