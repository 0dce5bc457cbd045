#include "core/path/reference_setter.h"

#include <optional>
#include <utility>
#include <vector>

#include "core/json/writer.h"

namespace asl::path {
namespace {

std::optional<json::Value> SetFrom(const json::Value& node, const std::vector<Segment>& segments,
                                   size_t index, json::Value value, bool created) {
  if (index == segments.size()) return value;
  const Segment& segment = segments[index];
  if (segment.kind == SegmentKind::kName) {
    if (!node.is_object() && !created) return std::nullopt;
    static const json::Value kEmptyObject{json::Members{}};
    const json::Value& object = created ? kEmptyObject : node;
    // The last step replaces the member whatever it holds ("$.task", the common ResultPath):
    // no need to look at it.
    if (index + 1 == segments.size()) return object.With(segment.name, std::move(value));
    const json::Value* child = node.Find(segment.name);
    bool create = child == nullptr;
    auto updated =
        SetFrom(create ? kEmptyObject : *child, segments, index + 1, std::move(value), create);
    if (!updated) return std::nullopt;
    return object.With(segment.name, std::move(*updated));
  }
  if (!node.is_array()) return std::nullopt;
  int64_t size = static_cast<int64_t>(node.size());
  int64_t i = segment.index < 0 ? size + segment.index : segment.index;
  if (i < 0 || i >= size) return std::nullopt;
  auto updated = SetFrom(node.as_array()[static_cast<size_t>(i)], segments, index + 1,
                         std::move(value), false);
  if (!updated) return std::nullopt;
  json::ItemsView current = node.as_array();
  json::Array items(current.begin(), current.end());
  items[static_cast<size_t>(i)] = std::move(*updated);
  return json::Value(std::move(items));
}

}  // namespace

std::variant<json::Value, SetFailure> SetAtPath(const json::Value& document, const Path& path,
                                                json::Value value) {
  const std::vector<Segment>& segments = path.ast().segments;
  // One field of an object ("$.task", the common ResultPath): that member replaced or added.
  if (path.is_definite() && segments.size() == 1 && segments[0].kind == SegmentKind::kName &&
      document.is_object()) {
    return document.With(segments[0].name, std::move(value));
  }
  std::optional<json::Value> result;
  if (path.is_definite() && segments.size() <= static_cast<size_t>(Path::kMaxDepth)) {
    result = SetFrom(document, segments, 0, std::move(value), false);
  }
  if (result) return std::move(*result);
  std::string input;
  json::AppendQuoted(input, json::Serialize(document));
  return SetFailure{"Unable to apply ReferencePath " + path.text() + " to input " + input};
}

}  // namespace asl::path
