#include "core/engine/payload_size.h"

#include <vector>

#include "core/json/writer.h"

namespace asl::engine {
namespace {

// Bytes of a JSON string literal: quotes, escapes, control characters as \u00XX.
int64_t StringBytes(const std::string& s) {
  int64_t n = 2;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
      n += 2;
    } else if (c < 0x20) {
      n += 6;
    } else {
      n += 1;
    }
  }
  return n;
}

int64_t ScalarBytes(const json::Value& v) {
  switch (v.type()) {
    case json::Type::kNull:
      return 4;
    case json::Type::kBool:
      return v.as_bool() ? 4 : 5;
    case json::Type::kInt: {
      int64_t i = v.as_int();
      int64_t n = i < 0 ? 2 : 1;
      uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
      while (u >= 10) {
        u /= 10;
        ++n;
      }
      return n;
    }
    case json::Type::kDouble:
      return static_cast<int64_t>(json::FormatDouble(v.as_double()).size());
    case json::Type::kString:
      return StringBytes(v.as_string());
    default:
      return 0;
  }
}

// Containers with fewer children and shorter strings are measured directly: cheaper than the
// memo.
constexpr size_t kMemoMinChildren = 8;
constexpr size_t kMemoMinStringBytes = 256;
constexpr size_t kMemoMaxEntries = 1 << 16;
// Deeper values are measured without recursion (and without the memo).
constexpr int kMaxRecursion = 512;

// The size by an explicit-stack walk; stops as soon as it passes `stop_above`.
int64_t WalkSize(const json::Value& value, int64_t stop_above = INT64_MAX) {
  int64_t total = 0;
  std::vector<const json::Value*> stack{&value};
  while (!stack.empty()) {
    const json::Value* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      json::ItemsView items = v->as_array();
      total += 2 + (items.empty() ? 0 : static_cast<int64_t>(items.size()) - 1);
      for (const json::Value& item : items) stack.push_back(&item);
    } else if (v->is_object()) {
      json::MembersView members = v->as_object();
      total += 2 + (members.empty() ? 0 : static_cast<int64_t>(members.size()) - 1);
      for (const json::Member& m : members) {
        total += StringBytes(m.key) + 1;
        stack.push_back(&m.value);
      }
    } else {
      total += ScalarBytes(*v);
    }
    if (total > stop_above) break;
  }
  return total;
}

}  // namespace

bool PayloadSizer::Exceeds(const json::Value& value, int64_t limit_bytes) {
  return Size(value) > limit_bytes;
}

int64_t PayloadSizer::Size(const json::Value& value) {
  if (memo_.size() > kMemoMaxEntries) memo_.clear();
  return Measure(value, 0);
}

int64_t PayloadSizer::Measure(const json::Value& value, int depth) {
  if (depth > kMaxRecursion) return WalkSize(value);
  const void* key = nullptr;
  if (value.is_string()) {
    if (value.as_string().size() < kMemoMinStringBytes) return StringBytes(value.as_string());
    key = &value.as_string();
  } else if (value.is_array()) {
    if (value.size() >= kMemoMinChildren) key = value.as_array().data();
  } else if (value.is_object()) {
    if (value.size() >= kMemoMinChildren) key = value.as_object().data();
  } else {
    return ScalarBytes(value);
  }
  if (key != nullptr) {
    auto it = memo_.find(key);
    if (it != memo_.end()) return it->second.size;
  }
  int64_t total = 0;
  if (value.is_string()) {
    total = StringBytes(value.as_string());
  } else if (value.is_array()) {
    json::ItemsView items = value.as_array();
    total = 2 + (items.empty() ? 0 : static_cast<int64_t>(items.size()) - 1);
    for (const json::Value& item : items) total += Measure(item, depth + 1);
  } else {
    json::MembersView members = value.as_object();
    total = 2 + (members.empty() ? 0 : static_cast<int64_t>(members.size()) - 1);
    for (const json::Member& m : members) {
      total += StringBytes(m.key) + 1 + Measure(m.value, depth + 1);
    }
  }
  if (key != nullptr) memo_.emplace(key, Entry{value, total});
  return total;
}

bool PayloadExceeds(const json::Value& value, int64_t limit_bytes) {
  return WalkSize(value, limit_bytes) > limit_bytes;
}

}  // namespace asl::engine
