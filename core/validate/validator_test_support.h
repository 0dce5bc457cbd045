// Test helpers: validate a definition and find diagnostics by code.
#ifndef ASL_CORE_VALIDATE_VALIDATOR_TEST_SUPPORT_H_
#define ASL_CORE_VALIDATE_VALIDATOR_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/validate/validator.h"

namespace asl::validate {

// 1-based line and column of the first occurrence of `marker` in ASCII `text`.
inline diag::Position PositionOf(std::string_view text, std::string_view marker) {
  size_t offset = text.find(marker);
  EXPECT_NE(offset, std::string_view::npos) << "marker not found: " << marker;
  diag::Position p;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

inline std::string Dump(const ValidationResult& r) {
  std::string out;
  for (const diag::Diagnostic& d : r.diagnostics) {
    out += std::string(diag::SeverityName(d.severity)) + " " + d.code + " " + d.path + " " +
           std::to_string(d.range.start.line) + ":" + std::to_string(d.range.start.column) + " " +
           d.message + "\n";
  }
  return out;
}

// The first diagnostic with `code`, or nullptr.
inline const diag::Diagnostic* FindDiagnostic(const ValidationResult& r, std::string_view code) {
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

// Expects a diagnostic with `code` at `pointer` whose range starts where `marker` starts.
inline void ExpectDiagnostic(std::string_view text, std::string_view code, std::string_view pointer,
                             std::string_view marker, std::string_view message_part = "",
                             const ValidateOptions& options = {}) {
  ValidationResult r = Validate(text, options);
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.code != code || d.path != pointer) continue;
    EXPECT_EQ(d.range.start, PositionOf(text, marker)) << Dump(r);
    EXPECT_NE(d.message.find(message_part), std::string::npos) << d.message;
    return;
  }
  ADD_FAILURE() << "no " << code << " at " << pointer << " in:\n" << Dump(r);
}

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_VALIDATOR_TEST_SUPPORT_H_
