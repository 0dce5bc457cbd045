#include "core/cli/diagnostic_printer.h"

#include <algorithm>

#include "core/json/source_map.h"

namespace asl::cli {
namespace {

// The longest source line shown; longer lines are cut around the caret.
constexpr size_t kMaxShownLine = 160;

const char* SeverityColor(diag::Severity s) {
  switch (s) {
    case diag::Severity::kError:
      return "\x1b[1;31m";
    case diag::Severity::kWarning:
      return "\x1b[1;33m";
    case diag::Severity::kInfo:
      return "\x1b[1;36m";
  }
  return "";
}

// Byte offset in `line` of the 1-based UTF-16 column.
size_t ByteOffsetOfColumn(std::string_view line, int column) {
  size_t i = 0;
  for (int units = 1; units < column && i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    units += length == 4 ? 2 : 1;
    i += length;
  }
  return std::min(i, line.size());
}

// Characters (code points) in bytes [0, n) of `line`, tabs kept: the caret's indentation.
std::string Padding(std::string_view line, size_t n) {
  std::string pad;
  for (size_t i = 0; i < n && i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += c == '\t' ? '\t' : ' ';
  }
  return pad;
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The start of the UTF-8 character that holds byte `i` (i itself at the end of `s`).
size_t CharStart(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

void PrintDiagnostics(std::ostream& out, const std::string& file_name, std::string_view text,
                      const std::vector<diag::Diagnostic>& diagnostics, bool color) {
  json::LineIndex lines(text);
  const char* reset = color ? "\x1b[0m" : "";
  const char* bold = color ? "\x1b[1m" : "";
  for (const diag::Diagnostic& d : diagnostics) {
    out << bold << file_name << ":" << d.range.start.line << ":" << d.range.start.column << ":"
        << reset << " " << (color ? SeverityColor(d.severity) : "") << diag::SeverityName(d.severity)
        << "[" << d.code << "]" << reset << ": " << d.message << "\n";
    std::string_view line = lines.LineText(d.range.start.line);
    if (line.empty()) continue;
    size_t begin = ByteOffsetOfColumn(line, d.range.start.column);
    size_t end = d.range.end.line == d.range.start.line
                     ? ByteOffsetOfColumn(line, d.range.end.column)
                     : line.size();
    if (line.size() > kMaxShownLine) {
      size_t first = CharStart(line, begin > kMaxShownLine / 2 ? begin - kMaxShownLine / 2 : 0);
      size_t last = CharStart(line, std::min(line.size(), first + kMaxShownLine));
      line = line.substr(first, last - first);
      begin = std::min(begin - first, line.size());
      end = std::min(end - first, line.size());
    }
    end = std::max(end, begin + 1);
    size_t carets = std::max<size_t>(1, CodePoints(line.substr(begin, end - begin)));
    out << "  " << line << "\n  " << Padding(line, begin)
        << (color ? SeverityColor(d.severity) : "") << "^" << std::string(carets - 1, '~')
        << reset << "\n";
  }
}

}  // namespace asl::cli
