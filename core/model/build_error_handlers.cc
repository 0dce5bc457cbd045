#include "core/model/build_error_handlers.h"

#include "core/model/field_reader.h"

namespace asl::model {
namespace {

// The strings of an entry's ErrorEquals list.
std::vector<std::string> ReadErrorEquals(const json::Value& list) {
  std::vector<std::string> out;
  out.reserve(list.size());
  for (const json::Value& item : list.as_array()) {
    if (item.is_string()) out.push_back(item.as_string());
  }
  return out;
}

// Builds one T per object entry of `list`, the member `key` of a state; `build` fills an entry
// from its JSON object and its pointer.
template <typename T, typename Build>
std::vector<T> BuildEntries(const json::Value* list, std::string_view state_pointer,
                            std::string_view key, PointerArena& pointers, Build build) {
  std::vector<T> out;
  if (list == nullptr) return out;
  json::ItemsView entries = list->as_array();  // A non-array holds no entries.
  for (size_t i = 0; i < entries.size(); ++i) {
    const json::Value& entry = entries[i];
    if (entry.is_object()) out.push_back(build(entry, pointers.Append(state_pointer, key, i)));
  }
  return out;
}

}  // namespace

std::vector<Retrier> BuildRetriers(const json::Value* list, std::string_view state_pointer,
                                   PointerArena& pointers) {
  return BuildEntries<Retrier>(list, state_pointer, "Retry", pointers,
                               [](const json::Value& entry, std::string_view pointer) {
                                 Retrier r;
                                 r.pointer = pointer;
                                 // One scan of the entry's members (an entry never holds a key
                                 // twice).
                                 for (const json::Member& m : entry.as_object()) {
                                   std::string_view key = m.key;
                                   if (key == "ErrorEquals") {
                                     r.error_equals = ReadErrorEquals(m.value);
                                   } else if (key == "IntervalSeconds") {
                                     r.interval_seconds =
                                         ReadInt(&m.value).value_or(r.interval_seconds);
                                   } else if (key == "MaxAttempts") {
                                     r.max_attempts = ReadInt(&m.value).value_or(r.max_attempts);
                                   } else if (key == "BackoffRate") {
                                     if (m.value.is_number()) r.backoff_rate = m.value.as_double();
                                   } else if (key == "MaxDelaySeconds") {
                                     r.max_delay_seconds = ReadInt(&m.value);
                                   } else if (key == "JitterStrategy") {
                                     if (ReadString(&m.value) == "FULL")
                                       r.jitter_strategy = JitterStrategy::kFull;
                                   } else if (key == "Comment") {
                                     r.comment = ReadString(&m.value);
                                   }
                                 }
                                 return r;
                               });
}

std::vector<Catcher> BuildCatchers(const json::Value* list, std::string_view state_pointer,
                                   PointerArena& pointers) {
  return BuildEntries<Catcher>(list, state_pointer, "Catch", pointers,
                               [](const json::Value& entry, std::string_view pointer) {
                                 Catcher c;
                                 c.pointer = pointer;
                                 for (const json::Member& m : entry.as_object()) {
                                   std::string_view key = m.key;
                                   if (key == "ErrorEquals") {
                                     c.error_equals = ReadErrorEquals(m.value);
                                   } else if (key == "Next") {
                                     c.next = ReadString(&m.value).value_or("");
                                   } else if (key == "ResultPath") {
                                     c.result_path = ReadPathField(&m.value);
                                   } else if (key == "Output") {
                                     c.output = m.value;
                                   } else if (key == "Assign") {
                                     c.assign = m.value;
                                   } else if (key == "Comment") {
                                     c.comment = ReadString(&m.value);
                                   }
                                 }
                                 return c;
                               });
}

}  // namespace asl::model
