// JSONata expressions in JSONata states (Step Functions developer guide, "Transforming data
// with JSONata"): a string value written "{% ... %}" is an expression and must parse; a
// string that opens "{%" without closing "%}" (or the reverse) is a mistake. A parsed
// expression must not read names at the top level, and reads $states.result and
// $states.errorOutput only where they exist (see jsonata_references.h).
#include "core/jsonata/jsonata.h"

#include <string>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
#include "core/validate/rules/jsonata_references.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr int kMaxDepth = 200;

// Where expressions may appear: the state's JSONata fields, and inside Choice Rules,
// Catchers and the Distributed Map objects.
constexpr std::string_view kStateFields[] = {"Arguments",
                                             "Output",
                                             "Assign",
                                             "Items",
                                             "ItemSelector",
                                             "TimeoutSeconds",
                                             "HeartbeatSeconds",
                                             "Seconds",
                                             "Timestamp",
                                             "MaxConcurrency",
                                             "ToleratedFailurePercentage",
                                             "ToleratedFailureCount",
                                             "Error",
                                             "Cause",
                                             "Credentials",
                                             "ItemReader",
                                             "ItemBatcher",
                                             "ResultWriter"};
constexpr std::string_view kEntryFields[] = {"Condition", "Output", "Assign"};

// Which parts of $states exist where an expression is written.
struct Scope {
  bool result = false;        // Output and Assign of Task, Parallel and Map.
  bool error_output = false;  // Output and Assign of a Catcher.
};

void CheckReferences(const jsonata::Expression& expression, const std::string& pointer,
                     std::string_view owner, Scope scope, Report& report) {
  for (const JsonataReference& ref : FindJsonataReferences(expression.ast(), expression.source())) {
    std::string in = "The JSONata expression in " + std::string(owner);
    switch (ref.kind) {
      case JsonataReference::Kind::kTopLevelName: {
        std::string advice = ref.name == "$" || ref.name == "$$"
                                 ? "read the state's input as $states.input"
                                 : "read the state's input as $states.input." + ref.name +
                                       ", or a variable as $" + ref.name;
        report.AddInString(code::kUnsupportedJsonataExpression, pointer, 2 + ref.offset, ref.length,
                           in + " reads '" + ref.name +
                               "' at the top level, which Step Functions does not support: "
                               "expressions have no context item. To use a value, " +
                               advice + ".");
        break;
      }
      case JsonataReference::Kind::kStatesResult:
        if (scope.result) break;
        report.AddInString(code::kStatesResultNotAvailable, pointer, 2 + ref.offset, ref.length,
                           in + " reads $states.result, which exists only in the Output and " +
                               "Assign of Task, Parallel and Map states" +
                               (scope.error_output ? "; in a Catcher, read the error as "
                                                     "$states.errorOutput."
                                                   : "."));
        break;
      case JsonataReference::Kind::kStatesErrorOutput:
        if (scope.error_output) break;
        report.AddInString(code::kStatesErrorOutputNotAvailable, pointer, 2 + ref.offset,
                           ref.length,
                           in + " reads $states.errorOutput, which exists only in the Output " +
                               "and Assign of a Catcher (Catch entries).");
        break;
    }
  }
}

void CheckExpression(const std::string& text, const std::string& pointer, std::string_view owner,
                     Scope scope, Report& report) {
  bool opens = text.starts_with("{%");
  bool closes = text.size() >= 2 && text.ends_with("%}");
  if (!opens && !closes) return;
  if (opens != closes || text.size() < 4) {
    report.Add(code::kInvalidJsonataExpression, pointer,
               "The JSONata expression in " + std::string(owner) +
                   " must be written as \"{% expression %}\"; " +
                   (opens ? "close it with '%}'." : "open it with '{%'."));
    return;
  }
  std::string_view body = std::string_view(text).substr(2, text.size() - 4);
  auto compiled = jsonata::Compile(body);
  const jsonata::Error* error = std::get_if<jsonata::Error>(&compiled);
  if (error == nullptr) {
    return CheckReferences(std::get<jsonata::Expression>(compiled), pointer, owner, scope, report);
  }
  // The parser reports the byte offset just past the offending token.
  size_t length = std::max<size_t>(error->token.size(), 1);
  size_t end = error->position < 0 ? body.size() : static_cast<size_t>(error->position);
  size_t start = end >= length ? end - length : 0;
  if (error->position < 0) {
    start = 0;
    length = body.size();
  }
  report.AddInString(code::kInvalidJsonataExpression, pointer, 2 + start, length,
                     "The JSONata expression in " + std::string(owner) +
                         " does not parse: " + error->message + " (" + error->code + ").");
}

void Walk(const json::Value& value, const std::string& pointer, std::string_view owner, Scope scope,
          int depth, Report& report) {
  if (depth > kMaxDepth) return;  // The JSON parser's depth limit applies long before.
  if (value.is_string()) {
    CheckExpression(value.as_string(), pointer, owner, scope, report);
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      Walk(*value.At(i), json::AppendPointer(pointer, i), owner, scope, depth + 1, report);
    }
  } else if (value.is_object()) {
    for (const json::Member& m : value.as_object()) {
      if (m.value.is_string() && m.value.as_string().find('%') == std::string::npos) continue;
      Walk(m.value, json::AppendPointer(pointer, m.key), owner, scope, depth + 1, report);
    }
  }
}

void CheckEntries(const model::State& s, std::string_view list, const std::string& owner,
                  Report& report) {
  const json::Value* entries = s.raw.Find(list);
  if (entries == nullptr || !entries->is_array()) return;
  std::string base = json::AppendPointer(s.pointer, list);
  for (size_t i = 0; i < entries->size(); ++i) {
    for (std::string_view key : kEntryFields) {
      if (const json::Value* v = entries->At(i)->Find(key)) {
        std::string where = Quote(key) + " of " +
                            std::string(list == "Choices" ? "Choice Rule" : list) + " #" +
                            std::to_string(i + 1) + " of " + owner;
        Scope scope{.error_output = list == "Catch" && key != "Condition"};
        Walk(*v, json::AppendPointer(json::AppendPointer(base, i), key), where, scope, 0, report);
      }
    }
  }
}

}  // namespace

void CheckJsonata(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid || s.query_language != model::QueryLanguage::kJsonata) return;
    std::string owner = Describe(s);
    bool has_result = s.type == model::StateType::kTask || s.type == model::StateType::kParallel ||
                      s.type == model::StateType::kMap;
    for (std::string_view key : kStateFields) {
      if (const json::Value* v = s.raw.Find(key)) {
        Scope scope{.result = has_result && (key == "Output" || key == "Assign")};
        Walk(*v, json::AppendPointer(s.pointer, key), Quote(key) + " of " + owner, scope, 0,
             report);
      }
    }
    CheckEntries(s, "Choices", owner, report);
    CheckEntries(s, "Catch", owner, report);
  });
}

}  // namespace asl::validate
