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

// Builds one T per object entry of `list`, the member `key` of a state; `build` fills an entry
// from its JSON object and its pointer.
template <typename T, typename Build>
std::vector<T> BuildEntries(const json::Value* list, std::string_view state_pointer,
                            std::string_view key, Build build) {
  std::vector<T> out;
  if (list == nullptr) return out;
  std::string base = json::AppendPointer(state_pointer, key);
  for (size_t i = 0; i < list->size(); ++i) {
    const json::Value& entry = *list->At(i);
    if (entry.is_object()) out.push_back(build(entry, json::AppendPointer(base, i)));
  }
  return out;
}

}  // namespace

std::vector<Retrier> BuildRetriers(const json::Value* list, std::string_view state_pointer) {
  return BuildEntries<Retrier>(
      list, state_pointer, "Retry", [](const json::Value& entry, std::string pointer) {
        Retrier r;
        r.pointer = std::move(pointer);
        r.error_equals = ReadErrorEquals(entry);
        r.interval_seconds = ReadInt(entry, "IntervalSeconds").value_or(r.interval_seconds);
        r.max_attempts = ReadInt(entry, "MaxAttempts").value_or(r.max_attempts);
        if (const json::Value* rate = entry.Find("BackoffRate"); rate && rate->is_number()) {
          r.backoff_rate = rate->as_double();
        }
        r.max_delay_seconds = ReadInt(entry, "MaxDelaySeconds");
        if (ReadString(entry, "JitterStrategy") == "FULL")
          r.jitter_strategy = JitterStrategy::kFull;
        r.comment = ReadString(entry, "Comment");
        return r;
      });
}

std::vector<Catcher> BuildCatchers(const json::Value* list, std::string_view state_pointer) {
  return BuildEntries<Catcher>(list, state_pointer, "Catch",
                               [](const json::Value& entry, std::string pointer) {
                                 Catcher c;
                                 c.pointer = std::move(pointer);
                                 c.error_equals = ReadErrorEquals(entry);
                                 c.next = ReadString(entry, "Next").value_or("");
                                 c.result_path = ReadPathField(entry, "ResultPath");
                                 c.output = ReadValue(entry, "Output");
                                 c.assign = ReadValue(entry, "Assign");
                                 c.comment = ReadString(entry, "Comment");
                                 return c;
                               });
}

}  // namespace asl::model
