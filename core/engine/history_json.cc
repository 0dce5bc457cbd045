// EventToJson / HistoryToJson / AppendHistoryJson: the GetExecutionHistory wire shape of
// HistoryEvent.
//
// WriteEvent describes the shape once and drives one of two sinks: ValueSink builds a
// json::Value (the CLI's reports, tests), TextSink appends compact JSON text directly (the
// WebAssembly package reads histories of 100,000 events as text, where building a Value per
// event first and then printing it took most of the time). Both print the same text.
#include <charconv>
#include <string>
#include <utility>
#include <vector>

#include "core/engine/history.h"
#include "core/json/writer.h"
#include "core/timestamp/timestamp.h"

namespace asl::engine {
namespace {

// Builds the event as a json::Value: each open object's members on a stack.
class ValueSink {
 public:
  ValueSink() { open_.emplace_back(); }

  void Member(std::string_view key, const json::Value& value) {
    open_.back().push_back({std::string(key), value});
  }
  void String(std::string_view key, std::string_view text) { Member(key, json::Value(text)); }
  void Int(std::string_view key, int64_t n) { Member(key, json::Value(n)); }
  // `value` printed as JSON, as a string member (how the service gives payloads).
  void Text(std::string_view key, const json::Value& value) {
    Member(key, json::Value(json::Serialize(value)));
  }
  void Open(std::string_view key) {
    keys_.emplace_back(key);
    open_.emplace_back();
  }
  void Close() {
    json::Value object = json::Value::FromUniqueMembers(std::move(open_.back()));
    open_.pop_back();
    Member(keys_.back(), object);
    keys_.pop_back();
  }
  json::Value Take() { return json::Value::FromUniqueMembers(std::move(open_.back())); }

 private:
  std::vector<json::Members> open_;
  std::vector<std::string> keys_;
};

// Appends the event as compact JSON text, as json::Serialize prints the Value ValueSink builds.
class TextSink {
 public:
  TextSink(std::string& out, std::string& scratch) : out_(out), scratch_(scratch) { out_ += '{'; }

  void Member(std::string_view key, const json::Value& value) {
    Key(key);
    json::SerializeTo(out_, value);
  }
  void String(std::string_view key, std::string_view text) {
    Key(key);
    json::AppendQuoted(out_, text);
  }
  void Int(std::string_view key, int64_t n) {
    Key(key);
    char digits[24];
    auto [end, error] = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, end);
  }
  void Text(std::string_view key, const json::Value& value) {
    Key(key);
    scratch_.clear();
    json::SerializeTo(scratch_, value);
    json::AppendQuoted(out_, scratch_);
  }
  void Open(std::string_view key) {
    Key(key);
    out_ += '{';
    first_ = true;
  }
  void Close() {
    out_ += '}';
    first_ = false;
  }
  void Finish() { out_ += '}'; }

 private:
  void Key(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    json::AppendQuoted(out_, key);
    out_ += ':';
  }

  std::string& out_;
  std::string& scratch_;  // A payload's text before it is quoted; reused across events.
  bool first_ = true;
};

template <typename Sink>
void IfSet(Sink& sink, std::string_view key, const json::Value& value) {
  if (!value.is_null()) sink.Member(key, value);
}

// A payload as the service prints it: JSON text plus {"truncated": false}.
template <typename Sink>
void Payload(Sink& sink, std::string_view key, std::string_view details_key,
             const json::Value& payload) {
  sink.Text(key, payload);
  sink.Open(details_key);
  sink.Member("truncated", json::Value(false));
  sink.Close();
}

// The event's own details members, verbatim, except "assignedVariables", whose values are
// printed as JSON strings and followed by {"truncated": false} details.
template <typename Sink>
void OwnDetails(Sink& sink, const HistoryEvent& e) {
  if (!e.details.is_object()) return;
  for (const json::Member& m : e.details.as_object()) {
    if (m.key != "assignedVariables" || !m.value.is_object()) {
      sink.Member(m.key, m.value);
      continue;
    }
    sink.Open(m.key);
    for (const json::Member& v : m.value.as_object()) sink.Text(v.key, v.value);
    sink.Close();
    sink.Open("assignedVariablesDetails");
    sink.Member("truncated", json::Value(false));
    sink.Close();
  }
}

template <typename Sink>
void Details(Sink& sink, const HistoryEvent& e) {
  switch (EventDetailsShape(e.type)) {
    case DetailsShape::kExecutionInput:
      Payload(sink, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kOutput:
      Payload(sink, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kStateEntered:
      IfSet(sink, "name", e.name);
      Payload(sink, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kStateExited:
      IfSet(sink, "name", e.name);
      Payload(sink, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kTaskScheduled:
      OwnDetails(sink, e);
      sink.Text("parameters", e.payload);
      return;
    case DetailsShape::kTaskOutput:
      OwnDetails(sink, e);
      Payload(sink, "output", "outputDetails", e.payload);
      return;
    case DetailsShape::kLambdaScheduled:
      OwnDetails(sink, e);
      Payload(sink, "input", "inputDetails", e.payload);
      return;
    case DetailsShape::kMapStarted:
      if (e.number >= 0) sink.Int("length", e.number);
      break;
    case DetailsShape::kMapIteration:
      IfSet(sink, "name", e.name);
      if (e.number >= 0) sink.Int("index", e.number);
      break;
    case DetailsShape::kEvaluationFailed:
      OwnDetails(sink, e);
      IfSet(sink, "state", e.name);
      return;
    case DetailsShape::kNone:
    case DetailsShape::kErrorCause:
    case DetailsShape::kTaskResource:
    case DetailsShape::kTaskError:
    case DetailsShape::kMapRunStarted:
      break;
  }
  OwnDetails(sink, e);
}

// {"timestamp", "type", "id", "previousEventId"} and the details object under the type's key:
// present for every type with a details shape, and for the others when the event has details.
template <typename Sink>
void WriteEvent(Sink& sink, const HistoryEvent& event) {
  sink.String("timestamp", timestamp::FormatTimestamp(event.timestamp_ms));
  sink.String("type", EventTypeName(event.type));
  sink.Int("id", event.id);
  sink.Int("previousEventId", event.previous_event_id);
  std::string_view key = EventDetailsKey(event.type);
  if (key.empty()) return;
  bool has_own = event.details.is_object() && event.details.size() > 0;
  if (EventDetailsShape(event.type) == DetailsShape::kNone && !has_own) return;
  sink.Open(key);
  Details(sink, event);
  sink.Close();
}

}  // namespace

json::Value EventToJson(const HistoryEvent& event) {
  ValueSink sink;
  WriteEvent(sink, event);
  return sink.Take();
}

json::Value HistoryToJson(const EventList& events) {
  json::Array out;
  out.reserve(events.size());
  for (const HistoryEvent& e : events) out.push_back(EventToJson(e));
  return json::Value(std::move(out));
}

void AppendHistoryJson(std::string& out, const EventList& events, size_t first) {
  std::string scratch;
  out += '[';
  for (size_t i = first; i < events.size(); ++i) {
    if (i > first) out += ',';
    TextSink sink(out, scratch);
    WriteEvent(sink, events[i]);
    sink.Finish();
  }
  out += ']';
}

}  // namespace asl::engine
