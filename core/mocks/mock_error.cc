#include "core/mocks/mock_error.h"

#include "core/json/source_map.h"

namespace asl::mocks {
namespace {

std::string AtPosition(std::string_view file_name, std::string_view text, json::Span span,
                       std::string_view message) {
  json::LineIndex lines(text);
  diag::Position position = lines.ToPosition(span.begin);
  std::string out(file_name);
  out += ':';
  out += std::to_string(position.line);
  out += ':';
  out += std::to_string(position.column);
  out += ": ";
  out += message;
  return out;
}

}  // namespace

std::string FormatMockError(const MockError& error, std::string_view file_name,
                            std::string_view text, const json::ParseResult& parsed) {
  return AtPosition(file_name, text, parsed.source_map.KeyOrValue(error.pointer), error.message);
}

bool ParseMockText(std::string_view text, std::string_view file_name, json::ParseResult* parsed,
                   std::string* message) {
  *parsed = json::Parse(text, {.build_source_map = true});
  if (parsed->ok()) return true;
  *message = AtPosition(file_name, text, parsed->error->span, parsed->error->message);
  return false;
}

}  // namespace asl::mocks
