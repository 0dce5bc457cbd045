// The fields a state object may hold (ASL "State Types" and AWS's additions), by name, so
// that one scan of a state's members finds every field instead of a search per field.
#ifndef ASL_CORE_MODEL_STATE_FIELD_H_
#define ASL_CORE_MODEL_STATE_FIELD_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/json/value.h"

namespace asl::model {

enum class StateField : uint8_t {
  kType,
  kComment,
  kQueryLanguage,
  kNext,
  kEnd,
  kInputPath,
  kOutputPath,
  kOutput,
  kAssign,
  kParameters,
  kArguments,
  kResultSelector,
  kResultPath,
  kResult,
  kResource,
  kTimeoutSeconds,
  kTimeoutSecondsPath,
  kHeartbeatSeconds,
  kHeartbeatSecondsPath,
  kCredentials,
  kRetry,
  kCatch,
  kChoices,
  kDefault,
  kSeconds,
  kSecondsPath,
  kTimestamp,
  kTimestampPath,
  kError,
  kErrorPath,
  kCause,
  kCausePath,
  kBranches,
  kItemProcessor,
  kIterator,
  kItemsPath,
  kItems,
  kItemSelector,
  kItemReader,
  kItemBatcher,
  kResultWriter,
  kMaxConcurrency,
  kMaxConcurrencyPath,
  kToleratedFailurePercentage,
  kToleratedFailurePercentagePath,
  kToleratedFailureCount,
  kToleratedFailureCountPath,
  kLabel,
};
inline constexpr size_t kStateFieldCount = static_cast<size_t>(StateField::kLabel) + 1;

// The field's name as ASL spells it ("ResultPath").
std::string_view StateFieldName(StateField field);
// The field named `name` exactly (case matters), or nullopt for any other key.
std::optional<StateField> FindStateField(std::string_view name);

// Where each known field stands among a state object's members, in a byte per field, so that
// a State keeps them for the rules at little cost.
class StateFieldSlots {
 public:
  // The value of `field` in `state`, the object the slots were recorded from; nullptr when
  // the field is absent (or when nothing was recorded).
  const json::Value* Find(const json::Value& state, StateField field) const;
  // Records that `field` is member number `position` of the object.
  void Set(StateField field, size_t position);

 private:
  // Member position + 1; 0 when absent; kFar for positions past a byte, found by key instead.
  static constexpr uint8_t kFar = 255;
  std::array<uint8_t, kStateFieldCount> slots_{};
};

// The value of each known field of a state object (nullptr when absent), found in one scan.
class StateFieldValues {
 public:
  // A non-object has no fields.
  explicit StateFieldValues(const json::Value& state);
  const json::Value* operator[](StateField field) const {
    return values_[static_cast<size_t>(field)];
  }
  const StateFieldSlots& slots() const { return slots_; }

 private:
  std::array<const json::Value*, kStateFieldCount> values_{};
  StateFieldSlots slots_;
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_STATE_FIELD_H_
