#include "core/api/asl.h"

#include "core/api/wire_format.h"
#include "core/graph/graph.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/validate/validator.h"

namespace asl::api {

ValidationReport Validate(std::string_view definition) {
  validate::ValidationResult result = validate::Validate(definition);
  ValidationReport report;
  report.valid = result.valid();
  report.diagnostics = std::move(result.diagnostics);
  return report;
}

std::string ToJson(const ValidationReport& report, int indent) {
  json::Value value(json::Members{{"valid", report.valid},
                                  {"diagnostics", DiagnosticsToValue(report.diagnostics)}});
  return json::Serialize(value, {.indent = indent});
}

bool Graph(std::string_view definition, std::string_view format, std::string* out,
           std::string* error) {
  std::optional<json::Value> value = json::ParseValue(definition, error);
  if (!value) return false;
  graph::Graph graph = graph::BuildGraph(*value);
  if (format == "dot") {
    *out = graph::ToDot(graph);
  } else if (format == "mermaid") {
    *out = graph::ToMermaid(graph);
  } else {
    *out = graph::ToJson(graph);
  }
  return true;
}

}  // namespace asl::api
