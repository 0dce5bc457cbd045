#include "core/api/wire_format.h"

namespace asl::api {
namespace {

json::Value PositionToValue(const diag::Position& p) {
  return json::Value(json::Members{{"line", p.line}, {"column", p.column}});
}

}  // namespace

json::Value DiagnosticsToValue(const std::vector<diag::Diagnostic>& diagnostics) {
  json::Array items;
  items.reserve(diagnostics.size());
  for (const diag::Diagnostic& d : diagnostics) {
    items.push_back(json::Value(json::Members{
        {"severity", diag::SeverityName(d.severity)},
        {"code", d.code},
        {"message", d.message},
        {"path", d.path},
        {"range", json::Value(json::Members{{"start", PositionToValue(d.range.start)},
                                            {"end", PositionToValue(d.range.end)}})}}));
  }
  return json::Value(std::move(items));
}

}  // namespace asl::api
