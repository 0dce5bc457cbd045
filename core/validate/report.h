// Collects the problems the rules find, addressed by JSON pointer; the validator turns them
// into positioned diagnostics.
#ifndef ASL_CORE_VALIDATE_REPORT_H_
#define ASL_CORE_VALIDATE_REPORT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.h"

namespace asl::validate {

struct Finding {
  diag::Severity severity = diag::Severity::kError;
  std::string code;
  std::string message;
  std::string pointer;
  // When set, the problem lies in bytes [offset, offset + length) of the decoded string
  // value at `pointer`.
  std::optional<size_t> offset;
  size_t length = 0;
  // Whether the range covers the value at `pointer` rather than its key: for a problem with
  // what the value says (a transition naming a missing state), not with the field.
  bool on_value = false;
};

// Holds at most kMaxFindings findings; later ones are counted, not kept, so that a
// pathological definition (a million misspelt fields) stays fast to check and to show.
class Report {
 public:
  static constexpr size_t kMaxFindings = 10000;

  // Uses the code's default severity from the codes table.
  void Add(std::string_view code, std::string_view pointer, std::string message);
  // As Add, with the range on the value at `pointer` rather than on its key.
  void AddOnValue(std::string_view code, std::string_view pointer, std::string message);
  // As Add, pointing into the string value at `pointer`.
  void AddInString(std::string_view code, std::string_view pointer, size_t offset, size_t length,
                   std::string message);
  const std::vector<Finding>& findings() const { return findings_; }
  bool HasError() const;
  // True once kMaxFindings findings are kept; a rule that stops looking because of it calls
  // MarkTruncated().
  bool full() const { return findings_.size() >= kMaxFindings; }
  void MarkTruncated() { truncated_ = true; }
  // Whether some problems were not kept (or not looked for) because the report was full.
  bool truncated() const { return truncated_; }

 private:
  std::vector<Finding> findings_;
  bool truncated_ = false;
};

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_REPORT_H_
