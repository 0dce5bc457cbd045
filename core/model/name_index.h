// Finds a state's position in its machine by name.
//
// An open-addressing table of positions, hashed by name: one allocation for the whole machine
// and no copy of any name (the names stay with their owner; Find compares against them through
// the caller's accessor). Built once, after the states are in place; read-only afterwards.
#ifndef ASL_CORE_MODEL_NAME_INDEX_H_
#define ASL_CORE_MODEL_NAME_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace asl::model {

class NameIndex {
 public:
  // Indexes positions 0..count-1, `name_of(i)` giving the name at position i. Where two
  // positions share a name, the first is indexed.
  template <typename NameOf>
  void Build(size_t count, NameOf name_of) {
    slots_.assign(TableSize(count), 0);
    const size_t mask = slots_.size() - 1;
    for (size_t i = 0; i < count; ++i) {
      std::string_view name = name_of(i);
      size_t slot = Hash(name) & mask;
      bool present = false;
      while (slots_[slot] != 0) {
        if (name_of(slots_[slot] - 1) == name) {
          present = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (!present) slots_[slot] = static_cast<uint32_t>(i + 1);
    }
  }

  // The position whose name is `name`, or nullopt; `name_of` must be the accessor Build had
  // (over the same, unchanged names).
  template <typename NameOf>
  std::optional<size_t> Find(std::string_view name, NameOf name_of) const {
    if (slots_.empty()) return std::nullopt;
    const size_t mask = slots_.size() - 1;
    for (size_t slot = Hash(name) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
      const size_t position = slots_[slot] - 1;
      if (name_of(position) == name) return position;
    }
    return std::nullopt;
  }

 private:
  // FNV-1a: state names are short, and this is cheaper for them than a general-purpose hash.
  static size_t Hash(std::string_view name) {
    uint64_t h = 14695981039346656037ull;
    for (char c : name) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h ^ (h >> 32));
  }
  // A power of two with at least one empty slot per position (load factor ≤ 1/2).
  static size_t TableSize(size_t count) {
    size_t size = 8;
    while (size < count * 2) size *= 2;
    return size;
  }

  std::vector<uint32_t> slots_;  // Position + 1 per slot; 0 = empty.
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_NAME_INDEX_H_
