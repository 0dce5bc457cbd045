#include "core/validate/rules/field_checks.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/validate/codes.h"
#include "core/validate/did_you_mean.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

std::string FormatBound(double bound) {
  if (std::floor(bound) == bound && std::fabs(bound) < 1e15) {
    return std::to_string(static_cast<int64_t>(bound));
  }
  return json::FormatDouble(bound);
}

// Messages that open with the owner ("the state machine ...") start with a capital.
std::string Capitalized(const Owner& owner) {
  std::string out = owner.Text();
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace

std::string LazyPointer::Build() const {
  if (step_ == Step::kNone) return std::string(base_);
  std::string parent;
  if (parent_ != nullptr) parent = parent_->Build();
  std::string_view base = parent_ != nullptr ? std::string_view(parent) : base_;
  return step_ == Step::kIndex ? json::AppendPointer(base, index_)
                               : json::AppendPointer(base, key_);
}

std::string Owner::Text() const {
  if (pointer_ != nullptr) return std::string(text_) + pointer_->Build();
  if (state_ == nullptr) return std::string(text_);
  std::string out(text_);
  if (has_index_) out += " #" + std::to_string(index_ + 1) + " of ";
  out += Describe(*state_);
  return out;
}

void CheckKnownFields(const json::Value& object, const LazyPointer& pointer,
                      std::span<const std::string_view> known, const Owner& owner, Report& report) {
  for (const json::Member& m : object.as_object()) {
    if (report.full()) return report.MarkTruncated();
    if (std::find(known.begin(), known.end(), m.key) != known.end()) continue;
    std::string message = Quote(m.key) + " is not a field of " + owner.Text();
    if (auto suggestion = DidYouMean(m.key, known)) {
      message += "; did you mean " + Quote(*suggestion) + "?";
    } else {
      message += "; remove it (allowed fields: " + JoinNames(known) + ").";
    }
    report.Add(code::kUnknownField, LazyPointer(pointer, m.key).Build(), std::move(message));
  }
}

namespace {

// `find(field)` returns the member `field` of the checked object, or nullptr; `name(field)`
// spells the field.
template <typename Field, typename Find, typename Name>
void RequireFields(Find find, Name name, const LazyPointer& pointer,
                   std::initializer_list<Field> required, const Owner& owner, Report& report) {
  for (Field field : required) {
    if (find(field) != nullptr) continue;
    report.Add(
        code::kMissingRequiredField, pointer.Build(),
        Capitalized(owner) + " is missing the required field " + Quote(name(field)) + "; add it.");
  }
}

template <typename Field, typename Find, typename Name>
void RequireExclusive(Find find, Name name, const LazyPointer& pointer,
                      std::initializer_list<Field> fields, const Owner& owner, Report& report) {
  std::string_view present[2];
  size_t count = 0;
  for (Field f : fields) {
    if (find(f) == nullptr) continue;
    present[count++] = name(f);
    if (count == 2) break;
  }
  if (count < 2) return;
  report.Add(code::kMutuallyExclusiveFields, LazyPointer(pointer, present[1]).Build(),
             Capitalized(owner) + " sets both " + Quote(present[0]) + " and " + Quote(present[1]) +
                 ", which exclude each other; keep only one.");
}

std::string_view Spelled(std::string_view name) { return name; }

}  // namespace

void CheckRequiredFields(const json::Value& object, const LazyPointer& pointer,
                         std::initializer_list<std::string_view> required, const Owner& owner,
                         Report& report) {
  RequireFields([&](std::string_view name) { return object.Find(name); }, Spelled, pointer,
                required, owner, report);
}

void CheckExclusive(const json::Value& object, const LazyPointer& pointer,
                    std::initializer_list<std::string_view> fields, const Owner& owner,
                    Report& report) {
  RequireExclusive([&](std::string_view name) { return object.Find(name); }, Spelled, pointer,
                   fields, owner, report);
}

void CheckRequiredFields(const model::State& state, const LazyPointer& pointer,
                         std::initializer_list<model::StateField> required, const Owner& owner,
                         Report& report) {
  RequireFields([&](model::StateField f) { return state.Field(f); }, model::StateFieldName, pointer,
                required, owner, report);
}

void CheckExclusive(const model::State& state, const LazyPointer& pointer,
                    std::initializer_list<model::StateField> fields, const Owner& owner,
                    Report& report) {
  RequireExclusive([&](model::StateField f) { return state.Field(f); }, model::StateFieldName,
                   pointer, fields, owner, report);
}

bool CheckEnum(const json::Value& value, const LazyPointer& pointer, std::string_view field,
               std::initializer_list<std::string_view> allowed, const Owner& owner,
               Report& report) {
  if (value.is_string() &&
      std::find(allowed.begin(), allowed.end(), value.as_string()) != allowed.end()) {
    return true;
  }
  std::span<const std::string_view> names(allowed.begin(), allowed.size());
  std::string message = Quote(field) + " of " + owner.Text() + " is " + json::Serialize(value) +
                        "; it must be one of " + JoinNames(names);
  if (value.is_string()) {
    if (auto suggestion = DidYouMean(value.as_string(), names)) {
      message += " (did you mean " + Quote(*suggestion) + "?)";
    }
  }
  report.Add(code::kInvalidFieldValue, pointer.Build(), message + ".");
  return false;
}

bool CheckKinds(const json::Value& value, const LazyPointer& pointer, std::string_view field,
                uint32_t kinds, bool jsonata, const Owner& owner, Report& report) {
  if (MatchesKinds(value, kinds, jsonata)) return true;
  std::string found = std::string(json::TypeName(value.type()));
  if (value.is_double() && (kinds & kInteger)) found = "a fractional number";
  report.Add(code::kInvalidFieldType, pointer.Build(),
             Quote(field) + " of " + owner.Text() + " must be " + DescribeKinds(kinds, jsonata) +
                 ", not " + found + ".");
  return false;
}

bool CheckRange(const json::Value& value, const LazyPointer& pointer, std::string_view field,
                double min, std::optional<double> max, const Owner& owner, Report& report) {
  if (!value.is_number()) return true;
  double v = value.as_double();
  if (v >= min && (!max || v <= *max)) return true;
  std::string bound = max ? "between " + FormatBound(min) + " and " + FormatBound(*max)
                          : "at least " + FormatBound(min);
  report.Add(code::kValueOutOfRange, pointer.Build(),
             Quote(field) + " of " + owner.Text() + " is " + json::Serialize(value) +
                 "; it must be " + bound + ".");
  return false;
}

std::string JoinNames(std::span<const std::string_view> names) {
  std::string out = "[";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  return out + "]";
}

}  // namespace asl::validate
