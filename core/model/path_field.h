// InputPath, OutputPath and ResultPath: each may be absent, a path, or JSON null.
#ifndef ASL_CORE_MODEL_PATH_FIELD_H_
#define ASL_CORE_MODEL_PATH_FIELD_H_

#include <string>
#include <string_view>

namespace asl::model {

// ASL: an absent InputPath/OutputPath/ResultPath means "$"; null means "{}" for InputPath
// and OutputPath and "discard the result, keep the input" for ResultPath.
struct PathField {
  enum class Kind { kAbsent, kNull, kPath };
  Kind kind = Kind::kAbsent;
  std::string path;  // Set when kind == kPath.

  bool absent() const { return kind == Kind::kAbsent; }
  bool is_null() const { return kind == Kind::kNull; }
  bool has_path() const { return kind == Kind::kPath; }
  // The path to apply: "$" when absent; empty for null.
  std::string_view effective() const {
    if (kind == Kind::kAbsent) return "$";
    return path;
  }
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_PATH_FIELD_H_
