#include "core/validate/validator.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/source_map.h"
#include "core/model/build.h"
#include "core/validate/codes.h"
#include "core/validate/position_finder.h"
#include "core/validate/report.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

// Deeper JSON is rejected before any rule runs; ASL definitions nest far less.
constexpr int kMaxJsonDepth = 512;

// Where the values of a definition that parsed stand in its text, worked out on first need:
// a definition without problems never needs a position, and parsing without the map is
// cheaper (the second parse, with the map, happens only when some diagnostic needs one).
class LazySourceMap {
 public:
  explicit LazySourceMap(std::string_view text) : text_(text) {}
  const json::SourceMap& Get() {
    if (!built_) {
      map_ = json::Parse(text_, {.build_source_map = true, .max_depth = kMaxJsonDepth}).source_map;
      built_ = true;
    }
    return map_;
  }

 private:
  std::string_view text_;
  json::SourceMap map_;
  bool built_ = false;
};

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
std::optional<json::Span> SpanInString(std::string_view text, LazySourceMap& map,
                                       const Finding& f) {
  const json::NodeLocation* location = map.Get().Find(f.pointer);
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

// A diagnostic waiting for its range: positions are computed for all of them at once.
struct Pending {
  diag::Diagnostic diagnostic;
  json::Span span;
  const json::DuplicateKey* duplicate = nullptr;  // Its message names the first key's line.
};

Pending FromFinding(std::string_view text, LazySourceMap& map, const Finding& f) {
  Pending p;
  p.diagnostic.severity = f.severity;
  p.diagnostic.code = f.code;
  p.diagnostic.message = f.message;
  p.diagnostic.path = f.pointer;
  std::optional<json::Span> span;
  if (f.offset) span = SpanInString(text, map, f);
  if (!span) span = f.on_value ? map.Get().ValueOf(f.pointer) : map.Get().KeyOrValue(f.pointer);
  p.span = *span;
  return p;
}

void AddParseProblems(const json::ParseResult& parsed, std::vector<Pending>& pending) {
  if (parsed.error) {
    Pending p;
    bool too_deep = parsed.error->message.find("nests deeper") != std::string::npos;
    p.diagnostic.code = std::string(too_deep ? code::kTooDeeplyNested : code::kInvalidJson);
    p.diagnostic.message = parsed.error->message;
    if (too_deep) p.diagnostic.message += " Flatten the definition.";
    p.span = parsed.error->span;
    pending.push_back(std::move(p));
  }
  for (const json::DuplicateKey& dup : parsed.duplicate_keys) {
    Pending p;
    p.diagnostic.path = dup.pointer;
    p.span = dup.key;
    p.duplicate = &dup;
    pending.push_back(std::move(p));
  }
}

// Duplicate-key messages name the line of the first occurrence.
void DescribeDuplicate(const json::DuplicateKey& dup, diag::Position first, diag::Diagnostic& d) {
  std::vector<std::string> tokens = json::SplitPointer(dup.pointer);
  std::string name = tokens.empty() ? std::string() : tokens.back();
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
}

void RunRules(const json::Value& definition, LazySourceMap& map, std::string_view text,
              const ValidateOptions& options, std::vector<Pending>& pending) {
  model::StateMachine machine = model::BuildStateMachine(definition);
  RuleContext context{definition, machine, options};
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
  for (const Finding& f : report.findings()) pending.push_back(FromFinding(text, map, f));
  if (report.truncated()) {
    Pending p;
    p.diagnostic.severity = diag::Severity::kInfo;
    p.diagnostic.code = std::string(code::kTooManyProblems);
    p.diagnostic.message = "Only the first " + std::to_string(Report::kMaxFindings) +
                           " problems are shown; fix these and validate again.";
    p.span = map.Get().KeyOrValue("");
    pending.push_back(std::move(p));
  }
}

}  // namespace

// The service's limit on a state machine definition's size.
constexpr size_t kMaxDefinitionBytes = 1024 * 1024;

ValidationResult Validate(std::string_view text, const ValidateOptions& options) {
  std::vector<Pending> pending;
  json::ParseResult parsed;
  if (text.size() > kMaxDefinitionBytes) {
    // The service's quota; nothing further is checked, as the service would not.
    Pending p;
    p.diagnostic.code = std::string(code::kDefinitionTooLarge);
    p.diagnostic.message = "The definition is " + std::to_string(text.size()) +
                           " bytes; Step Functions accepts at most 1,048,576 bytes (1 MB), so "
                           "move parts of it into separate state machines.";
    p.span = json::Span{0, 0};
    pending.push_back(std::move(p));
  } else if (IsBlank(text)) {
    Pending p;
    p.diagnostic.code = std::string(code::kSchema);
    p.diagnostic.message =
        "Definition must be a valid JSON object; the text is empty, so write "
        "{\"StartAt\": ..., \"States\": {...}}.";
    p.span = json::Span{0, static_cast<uint32_t>(text.size())};
    pending.push_back(std::move(p));
  } else {
    parsed = json::Parse(text, {.max_depth = kMaxJsonDepth});
    AddParseProblems(parsed, pending);
    LazySourceMap map(text);
    if (parsed.ok() && !parsed.value.is_object()) {
      Pending p;
      p.diagnostic.code = std::string(code::kSchema);
      p.diagnostic.message = "Definition must be a valid JSON object, not " +
                             std::string(json::TypeName(parsed.value.type())) +
                             "; write {\"StartAt\": ..., \"States\": {...}}.";
      p.span = map.Get().KeyOrValue("");
      pending.push_back(std::move(p));
    } else if (parsed.ok()) {
      RunRules(parsed.value, map, text, options, pending);
    }
  }

  std::vector<uint32_t> offsets;
  offsets.reserve(pending.size() * 2);
  for (const Pending& p : pending) {
    offsets.push_back(p.span.begin);
    offsets.push_back(std::max(p.span.begin, p.span.end));
    if (p.duplicate) offsets.push_back(p.duplicate->first_key.begin);
  }
  PositionFinder positions(text, std::move(offsets));
  ValidationResult result;
  result.diagnostics.reserve(pending.size());
  for (Pending& p : pending) {
    if (p.duplicate) {
      DescribeDuplicate(*p.duplicate, positions.At(p.duplicate->first_key.begin), p.diagnostic);
    }
    if (!options.warnings && p.diagnostic.severity != diag::Severity::kError) continue;
    p.diagnostic.range = positions.ToRange(p.span);
    result.diagnostics.push_back(std::move(p.diagnostic));
  }
  diag::SortAndDeduplicate(result.diagnostics);
  return result;
}

}  // namespace asl::validate
