// Positions found by name: an open-addressing hash table of positions 0..n-1 of a sequence
// whose names the caller keeps (object members, a machine's states).
//
// One allocation for the whole table and no copy of any name: lookups compare against the
// caller's names through the accessor it passes, `name_of(position) -> std::string_view`,
// which must be the same, over unchanged names, for every call on one table.
#ifndef ASL_CORE_JSON_POSITION_TABLE_H_
#define ASL_CORE_JSON_POSITION_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace asl::json {

class PositionTable {
 public:
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }

  // The indexed position whose name is `name`, or nullopt.
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

  // Indexes `position` (below 2^32 - 1) under name_of(position) unless an indexed position
  // has that name already: returns that position then, and indexes nothing. Grows,
  // rehashing, to keep at least half of the slots empty.
  template <typename NameOf>
  std::optional<size_t> Insert(size_t position, NameOf name_of) {
    if ((count_ + 1) * 2 > slots_.size()) Rehash(TableSize(count_ + 1), name_of);
    const std::string_view name = name_of(position);
    const size_t mask = slots_.size() - 1;
    size_t slot = Hash(name) & mask;
    for (; slots_[slot] != 0; slot = (slot + 1) & mask) {
      const size_t existing = slots_[slot] - 1;
      if (name_of(existing) == name) return existing;
    }
    slots_[slot] = static_cast<uint32_t>(position + 1);
    ++count_;
    return std::nullopt;
  }

  // Makes room for `count` positions without growing again.
  template <typename NameOf>
  void Reserve(size_t count, NameOf name_of) {
    if (count * 2 > slots_.size()) Rehash(TableSize(count), name_of);
  }

 private:
  // FNV-1a: names here are short (keys, state names), and this is cheaper for them than a
  // general-purpose hash.
  static size_t Hash(std::string_view name) {
    uint64_t h = 14695981039346656037ull;
    for (char c : name) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h ^ (h >> 32));
  }
  // A power of two with at least twice `count` slots.
  static size_t TableSize(size_t count) {
    size_t size = 16;
    while (size < count * 2) size *= 2;
    return size;
  }
  template <typename NameOf>
  void Place(size_t position, NameOf name_of) {
    const size_t mask = slots_.size() - 1;
    size_t slot = Hash(name_of(position)) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<uint32_t>(position + 1);
  }
  template <typename NameOf>
  void Rehash(size_t size, NameOf name_of) {
    std::vector<uint32_t> old(size, 0);
    old.swap(slots_);
    for (uint32_t entry : old) {
      if (entry != 0) Place(entry - 1, name_of);
    }
  }

  std::vector<uint32_t> slots_;  // Position + 1 per slot; 0 = empty.
  size_t count_ = 0;
};

}  // namespace asl::json

#endif  // ASL_CORE_JSON_POSITION_TABLE_H_
