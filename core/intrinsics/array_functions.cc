// States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength and
// ArrayUnique (AWS "Intrinsics for arrays").
#include <string>

#include "core/intrinsics/builtins.h"

namespace asl::intrinsics::internal {
namespace {

Result Partition(const Invocation& in) {
  if (!in.args[0].is_array()) return ArgumentFailure(in, 0, "an array");
  auto size = AsInteger(in.args[1]);
  if (!size) return ArgumentFailure(in, 1, "an integer");
  if (*size <= 0) return ArgumentFailure(in, 1, "greater than 0");
  json::ItemsView items = in.args[0].as_array();
  json::Array chunks;
  for (size_t start = 0; start < items.size(); start += static_cast<size_t>(*size)) {
    size_t end = std::min(items.size(), start + static_cast<size_t>(*size));
    chunks.push_back(json::Value(json::Array(items.begin() + start, items.begin() + end)));
  }
  return json::Value(std::move(chunks));
}

Result Contains(const Invocation& in) {
  if (!in.args[0].is_array()) return ArgumentFailure(in, 0, "an array");
  for (const json::Value& item : in.args[0].as_array()) {
    if (item == in.args[1]) return json::Value(true);
  }
  return json::Value(false);
}

// Items from start to end inclusive, stepping by step (ASL spec: "States.ArrayRange").
Result Range(const Invocation& in) {
  std::optional<int64_t> bounds[3];
  for (size_t i = 0; i < 3; ++i) {
    bounds[i] = AsInteger(in.args[i]);
    if (!bounds[i]) return ArgumentFailure(in, i, "an integer");
  }
  int64_t start = *bounds[0], end = *bounds[1], step = *bounds[2];
  if (step == 0) return ArgumentFailure(in, 2, "a non-zero integer");
  int64_t count = 0;
  if ((step > 0 && end >= start) || (step < 0 && end <= start)) {
    // Computed in double to stay clear of overflow for extreme bounds.
    double span =
        (static_cast<double>(end) - static_cast<double>(start)) / static_cast<double>(step);
    count = span >= static_cast<double>(kMaxRangeItems) ? kMaxRangeItems + 1
                                                        : static_cast<int64_t>(span) + 1;
  }
  if (count > kMaxRangeItems) {
    return IntrinsicFailure("States.ArrayRange can create at most 1000 items; start " +
                            std::to_string(start) + ", end " + std::to_string(end) + " and step " +
                            std::to_string(step) + " would create more.");
  }
  json::Array items;
  items.reserve(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) items.push_back(json::Value(start + i * step));
  return json::Value(std::move(items));
}

Result GetItem(const Invocation& in) {
  if (!in.args[0].is_array()) return ArgumentFailure(in, 0, "an array");
  auto index = AsInteger(in.args[1]);
  if (!index) return ArgumentFailure(in, 1, "an integer");
  size_t size = in.args[0].size();
  if (*index < 0 || static_cast<uint64_t>(*index) >= size) {
    return IntrinsicFailure("The index " + std::to_string(*index) +
                            " is out of bounds for States.ArrayGetItem on an array of " +
                            std::to_string(size) + (size == 1 ? " item." : " items."));
  }
  return in.args[0].as_array()[static_cast<size_t>(*index)];
}

Result Unique(const Invocation& in) {
  if (!in.args[0].is_array()) return ArgumentFailure(in, 0, "an array");
  json::Array kept;
  for (const json::Value& item : in.args[0].as_array()) {
    bool seen = false;
    for (const json::Value& k : kept) {
      if (k == item) {
        seen = true;
        break;
      }
    }
    if (!seen) kept.push_back(item);
  }
  return json::Value(std::move(kept));
}

}  // namespace

Result CallArrayFunction(const Invocation& in) {
  switch (in.call.function) {
    case Function::kArray:
      return json::Value(json::Array(in.args.begin(), in.args.end()));
    case Function::kArrayPartition:
      return Partition(in);
    case Function::kArrayContains:
      return Contains(in);
    case Function::kArrayRange:
      return Range(in);
    case Function::kArrayGetItem:
      return GetItem(in);
    case Function::kArrayLength:
      if (!in.args[0].is_array()) return ArgumentFailure(in, 0, "an array");
      return json::Value(static_cast<int64_t>(in.args[0].size()));
    case Function::kArrayUnique:
      return Unique(in);
    default:
      return IntrinsicFailure(FunctionName(in) + " is not an array function.");
  }
}

}  // namespace asl::intrinsics::internal
