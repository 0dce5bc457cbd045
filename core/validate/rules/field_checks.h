// Small checks shared by the rule families: unknown fields, JSON types, enumerations,
// integer ranges. Each reports at most one finding and returns whether the value passed.
#ifndef ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_
#define ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/model/state_field.h"
#include "core/validate/report.h"

namespace asl::model {
struct State;
}  // namespace asl::model

namespace asl::validate {

// The JSON pointer of a checked value, built only when a finding needs it: a pointer, or a
// base (a pointer or a parent LazyPointer) plus one member name or array index. What it
// refers to must outlive it.
class LazyPointer {
 public:
  // NOLINTNEXTLINE(google-explicit-constructor)
  LazyPointer(const std::string& pointer) : base_(pointer) {}
  // NOLINTNEXTLINE(google-explicit-constructor)
  LazyPointer(std::string_view pointer) : base_(pointer) {}
  LazyPointer(std::string_view base, std::string_view key)
      : base_(base), key_(key), step_(Step::kKey) {}
  LazyPointer(const LazyPointer& parent, std::string_view key)
      : parent_(&parent), key_(key), step_(Step::kKey) {}
  LazyPointer(const LazyPointer& parent, size_t index)
      : parent_(&parent), index_(index), step_(Step::kIndex) {}
  std::string Build() const;

 private:
  enum class Step { kNone, kKey, kIndex };
  std::string_view base_;  // The text must outlive the LazyPointer.
  const LazyPointer* parent_ = nullptr;
  std::string_view key_;
  size_t index_ = 0;
  Step step_ = Step::kNone;
};

// Names the owner of checked fields in messages, built only when a message needs it: fixed
// text ("the state machine"), a state ("Task state 'Call'"), a prefixed state ("the
// ProcessorConfig of Map state 'M'") or a list entry ("Retry #2 of Task state 'Call'").
class Owner {
 public:
  Owner(std::string_view text) : text_(text) {}    // NOLINT(google-explicit-constructor)
  Owner(const std::string& text) : text_(text) {}  // NOLINT(google-explicit-constructor)
  Owner(const char* text) : text_(text) {}         // NOLINT(google-explicit-constructor)
  explicit Owner(const model::State& state, std::string_view prefix = {})
      : text_(prefix), state_(&state) {}
  // `list` entry number index + 1 of `state`.
  Owner(std::string_view list, size_t index, const model::State& state)
      : text_(list), state_(&state), index_(index), has_index_(true) {}
  // `prefix` followed by the pointer ("the Choice Rule at /States/C/Choices/0/And/1").
  Owner(std::string_view prefix, const LazyPointer& pointer) : text_(prefix), pointer_(&pointer) {}
  std::string Text() const;

 private:
  std::string_view text_;
  const model::State* state_ = nullptr;
  const LazyPointer* pointer_ = nullptr;
  size_t index_ = 0;
  bool has_index_ = false;
};

// Reports every member of `object` (at `pointer`) whose key is not in `known`, suggesting
// the closest known key. `owner` names the object in messages ("a Retry entry").
void CheckKnownFields(const json::Value& object, const LazyPointer& pointer,
                      std::span<const std::string_view> known, const Owner& owner, Report& report);

// Reports each of `required` missing from `object`.
void CheckRequiredFields(const json::Value& object, const LazyPointer& pointer,
                         std::initializer_list<std::string_view> required, const Owner& owner,
                         Report& report);

// Reports when more than one of `fields` is present (at the second one).
void CheckExclusive(const json::Value& object, const LazyPointer& pointer,
                    std::initializer_list<std::string_view> fields, const Owner& owner,
                    Report& report);

// The same two checks of a state's own fields (found through model::State::Field).
void CheckRequiredFields(const model::State& state, const LazyPointer& pointer,
                         std::initializer_list<model::StateField> required, const Owner& owner,
                         Report& report);
void CheckExclusive(const model::State& state, const LazyPointer& pointer,
                    std::initializer_list<model::StateField> fields, const Owner& owner,
                    Report& report);

// Reports when `value` (the member `field` of `owner`) is not a string among `allowed`.
bool CheckEnum(const json::Value& value, const LazyPointer& pointer, std::string_view field,
               std::initializer_list<std::string_view> allowed, const Owner& owner, Report& report);

// Reports when `value` is not a JSON type listed in `kinds` (field_table.h Kind bits).
bool CheckKinds(const json::Value& value, const LazyPointer& pointer, std::string_view field,
                uint32_t kinds, bool jsonata, const Owner& owner, Report& report);

// Reports when the integral or numeric `value` lies outside [min, max] (max optional).
bool CheckRange(const json::Value& value, const LazyPointer& pointer, std::string_view field,
                double min, std::optional<double> max, const Owner& owner, Report& report);

// The members of `object` named `names` (nullptr where absent), found in one scan of its
// members instead of a search per name.
template <size_t N>
std::array<const json::Value*, N> FindMembers(const json::Value& object,
                                              const std::array<std::string_view, N>& names) {
  std::array<const json::Value*, N> found{};
  for (const json::Member& m : object.as_object()) {
    for (size_t i = 0; i < N; ++i) {
      if (m.key == names[i]) {
        found[i] = &m.value;
        break;
      }
    }
  }
  return found;
}

// "[A, B, C]" for messages.
std::string JoinNames(std::span<const std::string_view> names);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_RULES_FIELD_CHECKS_H_
