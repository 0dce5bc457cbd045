#include "core/model/state_field.h"

#include <bit>
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

// A name's first and last 8 bytes as words (zero-padded when shorter): two word comparisons
// tell names of up to 16 bytes apart, and longer ones compare their middle bytes too.
struct NameWords {
  uint64_t head = 0;
  uint64_t tail = 0;
};

uint64_t Word(const char* p, size_t n) {
  uint64_t word = 0;
  if (n >= 8) {
    std::memcpy(&word, p, 8);
  } else if (std::endian::native == std::endian::little && n >= 4) {
    // Two overlapping 4-byte loads; the bytes they share land on the same bits.
    uint32_t low;
    uint32_t high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    word = uint64_t{low} | (uint64_t{high} << (8 * (n - 4)));
  } else {
    for (size_t i = 0; i < n; ++i) word |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  }
  return word;
}

NameWords WordsOf(std::string_view name) {
  return {Word(name.data(), name.size()),
          name.size() > 8 ? Word(name.data() + name.size() - 8, 8) : 0};
}

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

const std::array<NameWords, kStateFieldCount>& NameWordsTable() {
  static const std::array<NameWords, kStateFieldCount> table = [] {
    std::array<NameWords, kStateFieldCount> words;
    for (size_t i = 0; i < kNames.size(); ++i) words[i] = WordsOf(kNames[i]);
    return words;
  }();
  return table;
}

}  // namespace

std::string_view StateFieldName(StateField field) { return kNames[static_cast<size_t>(field)]; }

std::optional<StateField> FindStateField(std::string_view name) {
  if (name.size() > kMaxNameLength || name.empty()) return std::nullopt;
  const LengthBucket& bucket = kByLength[name.size()];
  if (bucket.count == 0) return std::nullopt;
  const std::array<NameWords, kStateFieldCount>& table = NameWordsTable();
  const NameWords key = WordsOf(name);
  for (uint8_t i = 0; i < bucket.count; ++i) {
    const uint8_t field = bucket.fields[i];
    if (table[field].head != key.head || table[field].tail != key.tail) continue;
    if (name.size() <= 16 ||
        std::memcmp(kNames[field].data() + 8, name.data() + 8, name.size() - 16) == 0) {
      return static_cast<StateField>(field);
    }
  }
  return std::nullopt;
}

const json::Value* StateFieldSlots::Find(const json::Value& state, StateField field) const {
  const uint8_t slot = slots_[static_cast<size_t>(field)];
  if (slot == 0) return nullptr;
  if (slot == kFar) return state.Find(StateFieldName(field));
  json::MembersView members = state.as_object();
  return slot <= members.size() ? &members[slot - 1].value : nullptr;
}

void StateFieldSlots::Set(StateField field, size_t position) {
  slots_[static_cast<size_t>(field)] =
      position + 1 < kFar ? static_cast<uint8_t>(position + 1) : kFar;
}

StateFieldValues::StateFieldValues(const json::Value& state) {
  json::MembersView members = state.as_object();
  for (size_t i = 0; i < members.size(); ++i) {
    if (std::optional<StateField> field = FindStateField(members[i].key)) {
      values_[static_cast<size_t>(*field)] = &members[i].value;
      slots_.Set(*field, i);
    }
  }
}

}  // namespace asl::model
