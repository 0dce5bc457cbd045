#include "core/path/evaluator.h"

#include <algorithm>
#include <optional>

#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::path::internal {
namespace {

// Resolves a possibly negative index against a size; nullopt when out of range.
std::optional<size_t> ResolveIndex(int64_t index, size_t size) {
  int64_t resolved = index < 0 ? static_cast<int64_t>(size) + index : index;
  if (resolved < 0 || resolved >= static_cast<int64_t>(size)) return std::nullopt;
  return static_cast<size_t>(resolved);
}

// Applies one segment (ignoring its descendant flag) to `value`, calling `next` for each
// selected child.
template <typename Next>
void ApplySegment(const std::vector<Segment>& segments, size_t index, const json::Value& value,
                  const EvalContext& ctx, json::Array& out, int depth, Next&& next) {
  const Segment& segment = segments[index];
  switch (segment.kind) {
    case SegmentKind::kName:
      if (const json::Value* child = value.Find(segment.name)) next(*child);
      break;
    case SegmentKind::kIndex:
      if (value.is_array()) {
        if (auto i = ResolveIndex(segment.index, value.size())) next(value.as_array()[*i]);
      }
      break;
    case SegmentKind::kNames:
      if (!value.is_object()) break;
      if (index + 1 == segments.size() && !segment.descendant) {
        // Jayway gathers a union of names in the last position into one object.
        json::Members members;
        for (const std::string& name : segment.names) {
          if (const json::Value* child = value.Find(name)) members.push_back({name, *child});
        }
        if (!members.empty()) out.push_back(json::Value(std::move(members)));
        break;
      }
      for (const std::string& name : segment.names) {
        if (const json::Value* child = value.Find(name)) next(*child);
      }
      break;
    case SegmentKind::kIndexes:
      if (!value.is_array()) break;
      for (int64_t i : segment.indexes) {
        if (auto resolved = ResolveIndex(i, value.size())) next(value.as_array()[*resolved]);
      }
      break;
    case SegmentKind::kWildcard:
      if (value.is_array()) {
        for (const json::Value& item : value.as_array()) next(item);
      } else if (value.is_object()) {
        for (const json::Member& member : value.as_object()) next(member.value);
      }
      break;
    case SegmentKind::kSlice: {
      if (!value.is_array()) break;
      int64_t size = static_cast<int64_t>(value.size());
      auto clamp = [size](int64_t i) {
        if (i < 0) i += size;
        return std::clamp<int64_t>(i, 0, size);
      };
      int64_t from = segment.slice_start ? clamp(*segment.slice_start) : 0;
      int64_t to = segment.slice_end ? clamp(*segment.slice_end) : size;
      for (int64_t i = from; i < to; i += segment.slice_step) {
        next(value.as_array()[static_cast<size_t>(i)]);
      }
      break;
    }
    case SegmentKind::kFilter:
      if (value.is_array()) {
        for (const json::Value& item : value.as_array()) {
          if (FilterMatches(*segment.filter, item, ctx, depth + 1)) next(item);
        }
      } else if (value.is_object()) {
        if (FilterMatches(*segment.filter, value, ctx, depth + 1)) next(value);
      }
      break;
  }
}

void CollectDescendants(const std::vector<Segment>& segments, size_t index,
                        const json::Value& value, const EvalContext& ctx, json::Array& out,
                        int depth) {
  if (depth > Path::kMaxDepth) return;
  auto next = [&](const json::Value& child) {
    Collect(segments, index + 1, child, ctx, out, depth + 1);
  };
  const Segment& segment = segments[index];
  if (segment.kind == SegmentKind::kFilter) {
    // Jayway's scan tests the filter on each node it visits (ScanPathToken's
    // FilterPathTokenPredicate): a matching object is one result, and only an array that
    // itself matches has the filter applied to its items. Items are visited as nodes in
    // their own right, so each match is found once.
    if (FilterMatches(*segment.filter, value, ctx, depth + 1)) {
      if (value.is_object()) {
        next(value);
      } else if (value.is_array()) {
        ApplySegment(segments, index, value, ctx, out, depth, next);
      }
    }
  } else {
    ApplySegment(segments, index, value, ctx, out, depth, next);
  }
  if (value.is_array()) {
    for (const json::Value& item : value.as_array()) {
      CollectDescendants(segments, index, item, ctx, out, depth + 1);
    }
  } else if (value.is_object()) {
    for (const json::Member& member : value.as_object()) {
      CollectDescendants(segments, index, member.value, ctx, out, depth + 1);
    }
  }
}

// Jayway compares a number with a string by reading the string as a number.
std::optional<double> AsNumber(const json::Value& v) {
  if (v.is_number()) return v.as_double();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.as_string();
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return d;
}

bool LooseEquals(const json::Value& a, const json::Value& b) {
  if (a.is_number() != b.is_number() && (a.is_string() || b.is_string())) {
    auto x = AsNumber(a);
    auto y = AsNumber(b);
    return x && y && *x == *y;
  }
  return a == b;
}

// -1, 0, 1, or nullopt when the two are not ordered (different kinds).
std::optional<int> Order(const json::Value& a, const json::Value& b) {
  if (a.is_number() && b.is_number()) {
    double x = a.as_double();
    double y = b.as_double();
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is_string() && b.is_string()) {
    int c = a.as_string().compare(b.as_string());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  return std::nullopt;
}

std::optional<json::Value> OperandValue(const FilterOperand& operand, const json::Value& current,
                                        const EvalContext& ctx, int depth) {
  if (!operand.path) return operand.literal;
  return EvaluateAst(*operand.path, &current, ctx, depth + 1);
}

bool Contains(const json::Value& list, const json::Value& item) {
  if (!list.is_array()) return false;
  for (const json::Value& v : list.as_array()) {
    if (LooseEquals(v, item)) return true;
  }
  return false;
}

// subsetof: every item of lhs is in rhs; anyof: some item is; noneof: none is.
bool SetTest(CompareOp op, const json::Value& lhs, const json::Value& rhs) {
  size_t found = 0;
  for (const json::Value& item : lhs.as_array()) {
    if (Contains(rhs, item)) ++found;
  }
  if (op == CompareOp::kSubsetOf) return found == lhs.size();
  if (op == CompareOp::kAnyOf) return found > 0;
  return found == 0;
}

// Items of an array, or characters (UTF-16 units, as Java counts) of a string.
size_t SizeOf(const json::Value& v) {
  if (v.is_array()) return v.size();
  size_t units = 0;
  for (unsigned char c : v.as_string()) {
    if ((c & 0xC0) != 0x80) ++units;
    if ((c & 0xF8) == 0xF0) ++units;
  }
  return units;
}

}  // namespace

bool IsDefinite(const std::vector<Segment>& segments) {
  for (const Segment& s : segments) {
    if (s.descendant || (s.kind != SegmentKind::kName && s.kind != SegmentKind::kIndex)) {
      return false;
    }
  }
  return true;
}

const json::Value* WalkDefinite(const std::vector<Segment>& segments, const json::Value& root) {
  const json::Value* current = &root;
  for (const Segment& segment : segments) {
    if (segment.kind == SegmentKind::kName) {
      current = current->Find(segment.name);
    } else {
      if (!current->is_array()) return nullptr;
      auto i = ResolveIndex(segment.index, current->size());
      current = i ? &current->as_array()[*i] : nullptr;
    }
    if (current == nullptr) return nullptr;
  }
  return current;
}

void Collect(const std::vector<Segment>& segments, size_t first, const json::Value& value,
             const EvalContext& ctx, json::Array& out, int depth) {
  if (first == segments.size()) {
    out.push_back(value);
    return;
  }
  if (depth > Path::kMaxDepth) return;
  if (segments[first].descendant) {
    CollectDescendants(segments, first, value, ctx, out, depth);
    return;
  }
  ApplySegment(segments, first, value, ctx, out, depth, [&](const json::Value& child) {
    Collect(segments, first + 1, child, ctx, out, depth + 1);
  });
}

std::optional<json::Value> EvaluateAst(const PathAst& ast, const json::Value* current,
                                       const EvalContext& ctx, int depth) {
  const json::Value* root = nullptr;
  switch (ast.root) {
    case Root::kCurrent:
      root = current;
      break;
    case Root::kInput:
      root = ctx.document;
      break;
    default:
      root = ctx.env ? ResolveRoot(*ctx.env, ast.root, ast.variable) : nullptr;
      break;
  }
  if (root == nullptr) return std::nullopt;
  if (IsDefinite(ast.segments)) {
    const json::Value* found = WalkDefinite(ast.segments, *root);
    if (found == nullptr) return std::nullopt;
    return *found;
  }
  json::Array out;
  Collect(ast.segments, 0, *root, ctx, out, depth);
  return json::Value(std::move(out));
}

bool FilterMatches(const FilterNode& node, const json::Value& current, const EvalContext& ctx,
                   int depth) {
  if (depth > Path::kMaxDepth) return false;
  switch (node.kind) {
    case FilterNode::Kind::kOr:
      return FilterMatches(*node.left, current, ctx, depth + 1) ||
             FilterMatches(*node.right, current, ctx, depth + 1);
    case FilterNode::Kind::kAnd:
      return FilterMatches(*node.left, current, ctx, depth + 1) &&
             FilterMatches(*node.right, current, ctx, depth + 1);
    case FilterNode::Kind::kNot:
      return !FilterMatches(*node.left, current, ctx, depth + 1);
    case FilterNode::Kind::kExists: {
      auto value = OperandValue(node.lhs, current, ctx, depth);
      if (!value) return false;
      if (!IsDefinite(node.lhs.path->segments)) return value->size() > 0;
      return true;
    }
    case FilterNode::Kind::kCompare:
      break;
  }
  auto lhs = OperandValue(node.lhs, current, ctx, depth);
  if (node.op == CompareOp::kRegex) {
    if (!lhs || !node.rhs.regex) return false;
    if (lhs->is_string()) return node.rhs.regex->FullMatch(lhs->as_string());
    if (lhs->is_number() || lhs->is_bool()) return node.rhs.regex->FullMatch(json::Serialize(*lhs));
    return false;
  }
  auto rhs = OperandValue(node.rhs, current, ctx, depth);
  switch (node.op) {
    case CompareOp::kEq:
      return lhs && rhs && LooseEquals(*lhs, *rhs);
    case CompareOp::kNe:
      return !(lhs && rhs && LooseEquals(*lhs, *rhs));
    case CompareOp::kIn:
      return lhs && rhs && Contains(*rhs, *lhs);
    case CompareOp::kNin:
      return !(lhs && rhs && Contains(*rhs, *lhs));
    case CompareOp::kSubsetOf:
    case CompareOp::kAnyOf:
    case CompareOp::kNoneOf:
      return lhs && rhs && lhs->is_array() && rhs->is_array() && SetTest(node.op, *lhs, *rhs);
    case CompareOp::kSize:
      return lhs && rhs && rhs->is_number() && (lhs->is_array() || lhs->is_string()) &&
             static_cast<double>(SizeOf(*lhs)) == rhs->as_double();
    case CompareOp::kEmpty:
      return lhs && rhs && rhs->is_bool() && (lhs->is_array() || lhs->is_string()) &&
             (SizeOf(*lhs) == 0) == rhs->as_bool();
    default:
      break;
  }
  if (!lhs || !rhs) return false;
  auto order = Order(*lhs, *rhs);
  if (!order) return false;
  switch (node.op) {
    case CompareOp::kLt:
      return *order < 0;
    case CompareOp::kLe:
      return *order <= 0;
    case CompareOp::kGt:
      return *order > 0;
    case CompareOp::kGe:
      return *order >= 0;
    default:
      return false;
  }
}

}  // namespace asl::path::internal
