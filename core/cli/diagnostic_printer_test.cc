#include "core/cli/diagnostic_printer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace asl::cli {
namespace {

diag::Diagnostic Make(diag::Range range) {
  diag::Diagnostic d;
  d.code = "MISSING_TRANSITION_TARGET";
  d.message = "State 'A' names 'B' as Next, but there is no state 'B'.";
  d.path = "/States/A/Next";
  d.range = range;
  return d;
}

TEST(DiagnosticPrinterTest, PrintsLocationSourceLineAndCaret) {
  std::string text = "{\n  \"A\": {\"Next\": \"B\"}\n}";
  std::ostringstream out;
  PrintDiagnostics(out, "m.json", text, {Make({{2, 18}, {2, 21}})}, false);
  EXPECT_EQ(out.str(),
            "m.json:2:18: error[MISSING_TRANSITION_TARGET]: State 'A' names 'B' as Next, but "
            "there is no state 'B'.\n"
            "    \"A\": {\"Next\": \"B\"}\n"
            "                   ^~~\n");
}

TEST(DiagnosticPrinterTest, AlignsCaretAfterWideCharactersAndCutsLongLines) {
  std::string text = "\"\xF0\x9F\x98\x80\xC3\xA9\": 1";  // "😀é": 1 — 😀 is 2 UTF-16 units.
  std::ostringstream out;
  PrintDiagnostics(out, "f", text, {Make({{1, 5}, {1, 6}})}, false);
  EXPECT_NE(out.str().find("\n     ^\n"), std::string::npos) << out.str();

  std::string long_line(1000, 'x');
  std::ostringstream cut;
  PrintDiagnostics(cut, "f", long_line, {Make({{1, 900}, {1, 901}})}, false);
  std::string shown = cut.str().substr(cut.str().find('\n') + 1);
  EXPECT_LT(shown.size(), 400u);
  EXPECT_NE(shown.find('^'), std::string::npos);
}

}  // namespace
}  // namespace asl::cli
