#include "core/validate/report.h"

#include <utility>

#include "core/validate/codes.h"

namespace asl::validate {

void Report::Add(std::string_view code, std::string_view pointer, std::string message) {
  if (full()) {
    truncated_ = true;
    return;
  }
  Finding f;
  const CodeInfo* info = FindCode(code);
  f.severity = info ? info->severity : diag::Severity::kError;
  f.code = std::string(code);
  f.message = std::move(message);
  f.pointer = std::string(pointer);
  findings_.push_back(std::move(f));
}

void Report::AddInString(std::string_view code, std::string_view pointer, size_t offset,
                         size_t length, std::string message) {
  if (full()) {
    truncated_ = true;
    return;
  }
  Add(code, pointer, std::move(message));
  findings_.back().offset = offset;
  findings_.back().length = length;
}

void Report::AddOnValue(std::string_view code, std::string_view pointer, std::string message) {
  if (full()) {
    truncated_ = true;
    return;
  }
  Add(code, pointer, std::move(message));
  findings_.back().on_value = true;
}

bool Report::HasError() const {
  for (const Finding& f : findings_) {
    if (f.severity == diag::Severity::kError) return true;
  }
  return false;
}

}  // namespace asl::validate
