#include "core/diag/diagnostic.h"

#include <gtest/gtest.h>

namespace asl::diag {
namespace {

Diagnostic At(int line, int column, std::string code) {
  Diagnostic d;
  d.code = std::move(code);
  d.range = {{line, column}, {line, column + 1}};
  return d;
}

TEST(DiagnosticTest, SortsByPositionAndRemovesDuplicates) {
  std::vector<Diagnostic> diagnostics = {At(3, 1, "B"), At(1, 5, "A"), At(3, 1, "B"), At(1, 2, "C")};
  SortAndDeduplicate(diagnostics);
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].code, "C");
  EXPECT_EQ(diagnostics[1].code, "A");
  EXPECT_EQ(diagnostics[2].code, "B");
}

TEST(DiagnosticTest, ErrorsAreDistinguishedFromWarnings) {
  std::vector<Diagnostic> diagnostics = {At(1, 1, "W")};
  diagnostics[0].severity = Severity::kWarning;
  EXPECT_FALSE(HasErrors(diagnostics));
  diagnostics.push_back(At(2, 1, "E"));
  EXPECT_TRUE(HasErrors(diagnostics));
  EXPECT_EQ(SeverityName(Severity::kInfo), "info");
}

}  // namespace
}  // namespace asl::diag
