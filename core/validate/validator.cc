#include "core/validate/validator.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/source_map.h"
#include "core/model/build.h"
#include "core/validate/codes.h"
#include "core/validate/report.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

// Deeper JSON is rejected before any rule runs; ASL definitions nest far less.
constexpr int kMaxJsonDepth = 512;

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// True when `pointer` names a member of a machine's "States" object (a state name): the
// definition's, a Parallel branch's or a Map processor's.
bool IsStateName(std::string_view pointer) {
  std::vector<std::string> tokens = json::SplitPointer(json::ParentPointer(pointer));
  size_t n = tokens.size();
  if (n == 0 || tokens[n - 1] != "States") return false;
  if (n == 1) return true;
  if (tokens[n - 2] == "ItemProcessor" || tokens[n - 2] == "Iterator") return n >= 4;
  return n >= 5 && tokens[n - 3] == "Branches";
}

// The span of bytes [offset, offset + length) inside the string value at `pointer`, when the
// source writes that part of the string without escapes (so bytes map one to one).
std::optional<json::Span> SpanInString(std::string_view text, const json::SourceMap& map,
                                       const Finding& f) {
  const json::NodeLocation* location = map.Find(f.pointer);
  if (location == nullptr) return std::nullopt;
  json::Span value = location->value;
  if (value.end < value.begin + 2 || value.end > text.size() || text[value.begin] != '"') {
    return std::nullopt;
  }
  size_t begin = value.begin + 1 + *f.offset;
  size_t end = begin + std::max<size_t>(f.length, 1);
  if (end > value.end - 1) end = value.end - 1;
  if (begin > end) return std::nullopt;
  if (text.substr(value.begin + 1, end - value.begin - 1).find('\\') != std::string_view::npos) {
    return std::nullopt;
  }
  return json::Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

diag::Diagnostic Locate(std::string_view text, const json::SourceMap& map,
                        const json::LineIndex& lines, const Finding& f) {
  diag::Diagnostic d;
  d.severity = f.severity;
  d.code = f.code;
  d.message = f.message;
  d.path = f.pointer;
  std::optional<json::Span> span;
  if (f.offset) span = SpanInString(text, map, f);
  d.range = lines.ToRange(span.value_or(map.KeyOrValue(f.pointer)));
  return d;
}

void ReportParseProblems(const json::ParseResult& parsed, std::string_view text,
                         const json::LineIndex& lines, ValidationResult& result) {
  if (parsed.error) {
    diag::Diagnostic d;
    bool too_deep = parsed.error->message.find("nests deeper") != std::string::npos;
    d.code = std::string(too_deep ? code::kTooDeeplyNested : code::kInvalidJson);
    d.message = parsed.error->message;
    if (too_deep) d.message += " Flatten the definition.";
    d.range = lines.ToRange(parsed.error->span);
    result.diagnostics.push_back(std::move(d));
  }
  for (const json::DuplicateKey& dup : parsed.duplicate_keys) {
    diag::Diagnostic d;
    std::string name = json::SplitPointer(dup.pointer).empty()
                           ? std::string()
                           : json::SplitPointer(dup.pointer).back();
    diag::Position first = lines.ToPosition(dup.first_key.begin);
    std::string where = " (first at line " + std::to_string(first.line) + ")";
    if (IsStateName(dup.pointer)) {
      d.code = std::string(code::kDuplicateStateName);
      d.message = "State name '" + name + "' is defined twice in the same 'States'" + where +
                  "; rename or remove one.";
    } else {
      d.severity = diag::Severity::kWarning;
      d.code = std::string(code::kDuplicateJsonKey);
      d.message = "Key '" + name + "' appears twice in one object" + where +
                  "; the later value wins, so remove one.";
    }
    d.path = dup.pointer;
    d.range = lines.ToRange(dup.key);
    result.diagnostics.push_back(std::move(d));
  }
}

}  // namespace

ValidationResult Validate(std::string_view text, const ValidateOptions& options) {
  ValidationResult result;
  json::LineIndex lines(text);
  if (IsBlank(text)) {
    diag::Diagnostic d;
    d.code = std::string(code::kSchema);
    d.message =
        "Definition must be a valid JSON object; the text is empty, so write "
        "{\"StartAt\": ..., \"States\": {...}}.";
    d.range = lines.ToRange(json::Span{0, static_cast<uint32_t>(text.size())});
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  json::ParseResult parsed =
      json::Parse(text, {.build_source_map = true, .max_depth = kMaxJsonDepth});
  ReportParseProblems(parsed, text, lines, result);
  if (parsed.ok() && !parsed.value.is_object()) {
    diag::Diagnostic d;
    d.code = std::string(code::kSchema);
    d.message = "Definition must be a valid JSON object, not " +
                std::string(json::TypeName(parsed.value.type())) +
                "; write {\"StartAt\": ..., \"States\": {...}}.";
    d.range = lines.ToRange(parsed.source_map.KeyOrValue(""));
    result.diagnostics.push_back(std::move(d));
  }
  if (parsed.ok() && parsed.value.is_object()) {
    model::StateMachine machine = model::BuildStateMachine(parsed.value);
    RuleContext context{parsed.value, machine, options};
    Report report;
    CheckMachineFields(context, report);
    CheckStateFields(context, report);
    CheckStructure(context, report);
    CheckNames(context, report);
    CheckTransitions(context, report);
    CheckChoices(context, report);
    CheckRetryCatch(context, report);
    CheckMaps(context, report);
    CheckTasks(context, report);
    CheckPaths(context, report);
    CheckJsonata(context, report);
    for (const Finding& f : report.findings()) {
      result.diagnostics.push_back(Locate(text, parsed.source_map, lines, f));
    }
  }
  if (!options.warnings) {
    std::erase_if(result.diagnostics,
                  [](const diag::Diagnostic& d) { return d.severity != diag::Severity::kError; });
  }
  diag::SortAndDeduplicate(result.diagnostics);
  return result;
}

}  // namespace asl::validate
