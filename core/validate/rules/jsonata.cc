// JSONata expressions in JSONata states (Step Functions developer guide, "Transforming data
// with JSONata"): a string value written "{% ... %}" is an expression and must parse; a
// string that opens "{%" without closing "%}" (or the reverse) is a mistake.
#include "core/jsonata/jsonata.h"

#include <string>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
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

void CheckExpression(const std::string& text, const std::string& pointer, std::string_view owner,
                     Report& report) {
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
  if (error == nullptr) return;
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

void Walk(const json::Value& value, const std::string& pointer, std::string_view owner, int depth,
          Report& report) {
  if (depth > kMaxDepth) return;  // The JSON parser's depth limit applies long before.
  if (value.is_string()) {
    CheckExpression(value.as_string(), pointer, owner, report);
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      Walk(*value.At(i), json::AppendPointer(pointer, i), owner, depth + 1, report);
    }
  } else if (value.is_object()) {
    for (const json::Member& m : value.as_object()) {
      if (m.value.is_string() && m.value.as_string().find('%') == std::string::npos) continue;
      Walk(m.value, json::AppendPointer(pointer, m.key), owner, depth + 1, report);
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
        Walk(*v, json::AppendPointer(json::AppendPointer(base, i), key), where, 0, report);
      }
    }
  }
}

}  // namespace

void CheckJsonata(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid || s.query_language != model::QueryLanguage::kJsonata) return;
    std::string owner = Describe(s);
    for (std::string_view key : kStateFields) {
      if (const json::Value* v = s.raw.Find(key)) {
        Walk(*v, json::AppendPointer(s.pointer, key), Quote(key) + " of " + owner, 0, report);
      }
    }
    CheckEntries(s, "Choices", owner, report);
    CheckEntries(s, "Catch", owner, report);
  });
}

}  // namespace asl::validate
