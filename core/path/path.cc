#include "core/path/path.h"

#include <utility>

#include "core/json/writer.h"
#include "core/path/evaluator.h"
#include "core/path/parser.h"

namespace asl::path {
namespace {

std::string Fragment(const Segment& segment) {
  if (segment.kind == SegmentKind::kName) return "['" + segment.name + "']";
  return "[" + std::to_string(segment.index) + "]";
}

// The Java class Jayway names when a path steps into a value of the wrong kind.
const char* JavaClassName(const json::Value& v) {
  switch (v.type()) {
    case json::Type::kNull:
      return "null";
    case json::Type::kBool:
      return "java.lang.Boolean";
    case json::Type::kInt:
      return "java.lang.Integer";
    case json::Type::kDouble:
      return "java.lang.Double";
    case json::Type::kString:
      return "java.lang.String";
    case json::Type::kArray:
      return "java.util.ArrayList";
    case json::Type::kObject:
      return "java.util.LinkedHashMap";
  }
  return "null";
}

}  // namespace

Path::Path(std::string text, std::shared_ptr<const PathAst> ast)
    : text_(std::move(text)), ast_(std::move(ast)) {
  definite_ = internal::IsDefinite(ast_->segments);
}

std::variant<Path, PathProblem> Path::Parse(std::string_view text) {
  auto parsed = ParsePath(text);
  if (auto* problem = std::get_if<PathProblem>(&parsed)) return std::move(*problem);
  return Path(std::string(text),
              std::make_shared<const PathAst>(std::move(std::get<PathAst>(parsed))));
}

const json::Value* ResolveRoot(const Environment& env, Root root, std::string_view variable) {
  static const json::Value kNull;
  switch (root) {
    case Root::kInput:
      return env.input ? env.input : &kNull;
    case Root::kContext:
      return env.context ? env.context : &kNull;
    case Root::kVariable:
      return env.variables ? env.variables->FindVariable(variable) : nullptr;
    case Root::kCurrent:
      return env.input ? env.input : &kNull;
  }
  return nullptr;
}

const json::Value* Path::Select(const Environment& env) const {
  const json::Value* root = ResolveRoot(env, ast_->root, ast_->variable);
  if (root == nullptr) return nullptr;
  return internal::WalkDefinite(ast_->segments, *root);
}

std::optional<json::Value> Path::Evaluate(const Environment& env) const {
  if (definite_) {
    const json::Value* found = Select(env);
    if (found == nullptr) return std::nullopt;
    return *found;
  }
  const json::Value* root = ResolveRoot(env, ast_->root, ast_->variable);
  if (root == nullptr) return std::nullopt;
  internal::EvalContext ctx{root, &env};
  json::Array out;
  internal::Collect(ast_->segments, 0, *root, ctx, out, 0);
  return json::Value(std::move(out));
}

std::optional<json::Value> Path::EvaluateOn(const json::Value& root) const {
  if (definite_) {
    const json::Value* found = internal::WalkDefinite(ast_->segments, root);
    if (found == nullptr) return std::nullopt;
    return *found;
  }
  internal::EvalContext ctx{&root, nullptr};
  json::Array out;
  internal::Collect(ast_->segments, 0, root, ctx, out, 0);
  return json::Value(std::move(out));
}

std::string Path::NormalizedText() const {
  std::string out = "$";
  for (const Segment& segment : ast_->segments) {
    if (segment.kind == SegmentKind::kName || segment.kind == SegmentKind::kIndex) {
      out += Fragment(segment);
    }
  }
  return out;
}

std::string Path::DescribeMiss(const json::Value& root) const {
  if (!definite_) return "No results for path: " + text_;
  std::string prefix = "$";
  const json::Value* current = &root;
  const auto& segments = ast_->segments;
  for (size_t i = 0; i < segments.size(); ++i) {
    const Segment& segment = segments[i];
    bool last = i + 1 == segments.size();
    if (segment.kind == SegmentKind::kName) {
      if (!current->is_object()) {
        return "Expected to find an object with property " + Fragment(segment) + " in path " +
               prefix + " but found '" + JavaClassName(*current) +
               "'. This is not a json object according to the JsonProvider: "
               "'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.";
      }
      const json::Value* child = current->Find(segment.name);
      if (child == nullptr) {
        if (last) break;
        return "Missing property in path " + prefix + Fragment(segment);
      }
      current = child;
    } else {
      if (!current->is_array()) {
        return "Filter: " + Fragment(segment) +
               " can only be applied to arrays. Current context is: " + json::Serialize(*current);
      }
      const json::Value* child = current->At(static_cast<size_t>(
          segment.index < 0 ? static_cast<int64_t>(current->size()) + segment.index
                            : segment.index));
      if (child == nullptr || segment.index < -static_cast<int64_t>(current->size())) break;
      current = child;
    }
    prefix += Fragment(segment);
  }
  return "No results for path: " + NormalizedText();
}

}  // namespace asl::path
