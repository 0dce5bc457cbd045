#include "core/model/build_error_handlers.h"

#include "core/json/pointer.h"
#include "core/model/field_reader.h"

namespace asl::model {
namespace {

std::vector<std::string> ReadErrorEquals(const json::Value& entry) {
  std::vector<std::string> out;
  const json::Value* list = entry.Find("ErrorEquals");
  if (list == nullptr) return out;
  for (const json::Value& item : list->as_array()) {
    if (item.is_string()) out.push_back(item.as_string());
  }
  return out;
}

}  // namespace

std::vector<Retrier> BuildRetriers(const json::Value& state, std::string_view state_pointer) {
  std::vector<Retrier> out;
  const json::Value* list = state.Find("Retry");
  if (list == nullptr) return out;
  std::string base = json::AppendPointer(state_pointer, "Retry");
  for (size_t i = 0; i < list->size(); ++i) {
    const json::Value& entry = *list->At(i);
    if (!entry.is_object()) continue;
    Retrier r;
    r.pointer = json::AppendPointer(base, i);
    r.error_equals = ReadErrorEquals(entry);
    r.interval_seconds = ReadInt(entry, "IntervalSeconds").value_or(r.interval_seconds);
    r.max_attempts = ReadInt(entry, "MaxAttempts").value_or(r.max_attempts);
    if (const json::Value* rate = entry.Find("BackoffRate"); rate && rate->is_number()) {
      r.backoff_rate = rate->as_double();
    }
    r.max_delay_seconds = ReadInt(entry, "MaxDelaySeconds");
    if (ReadString(entry, "JitterStrategy") == "FULL") r.jitter_strategy = JitterStrategy::kFull;
    r.comment = ReadString(entry, "Comment");
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Catcher> BuildCatchers(const json::Value& state, std::string_view state_pointer) {
  std::vector<Catcher> out;
  const json::Value* list = state.Find("Catch");
  if (list == nullptr) return out;
  std::string base = json::AppendPointer(state_pointer, "Catch");
  for (size_t i = 0; i < list->size(); ++i) {
    const json::Value& entry = *list->At(i);
    if (!entry.is_object()) continue;
    Catcher c;
    c.pointer = json::AppendPointer(base, i);
    c.error_equals = ReadErrorEquals(entry);
    c.next = ReadString(entry, "Next").value_or("");
    c.result_path = ReadPathField(entry, "ResultPath");
    c.output = ReadValue(entry, "Output");
    c.assign = ReadValue(entry, "Assign");
    c.comment = ReadString(entry, "Comment");
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace asl::model
