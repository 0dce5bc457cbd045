// EventToJson / HistoryToJson: the GetExecutionHistory wire shape of HistoryEvent.
#include <string>

#include "core/engine/history.h"
#include "core/timestamp/timestamp.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

void AddIfSet(json::Members& out, const char* key, const json::Value& value) {
  if (!value.is_null()) out.push_back({key, value});
}

// A payload as the service prints it: JSON text plus {"truncated": false}.
void AddPayload(json::Members& out, const char* key, const char* details_key,
                const json::Value& payload) {
  out.push_back({key, json::Value(json::Serialize(payload))});
  out.push_back({details_key, json::Value(json::Members{{"truncated", false}})});
}

void AddDetails(json::Members& out, const HistoryEvent& e) {
  if (!e.details.is_object()) return;
  for (const json::Member& m : e.details.as_object()) {
    if (m.key != "assignedVariables" || !m.value.is_object()) {
      out.push_back(m);
      continue;
    }
    json::Members text;
    for (const json::Member& v : m.value.as_object()) {
      text.push_back({v.key, json::Value(json::Serialize(v.value))});
    }
    out.push_back({m.key, json::Value::FromUniqueMembers(std::move(text))});
    out.push_back({"assignedVariablesDetails", json::Value(json::Members{{"truncated", false}})});
  }
}

json::Members Details(const HistoryEvent& e) {
  json::Members d;
  switch (EventDetailsShape(e.type)) {
    case DetailsShape::kExecutionInput:
      AddPayload(d, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kOutput:
      AddPayload(d, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kStateEntered:
      AddIfSet(d, "name", e.name);
      AddPayload(d, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kStateExited:
      AddIfSet(d, "name", e.name);
      AddPayload(d, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kTaskScheduled:
      AddDetails(d, e);
      d.push_back({"parameters", json::Value(json::Serialize(e.payload))});
      return d;
    case DetailsShape::kTaskOutput:
      AddDetails(d, e);
      AddPayload(d, "output", "outputDetails", e.payload);
      return d;
    case DetailsShape::kLambdaScheduled:
      AddDetails(d, e);
      AddPayload(d, "input", "inputDetails", e.payload);
      return d;
    case DetailsShape::kMapStarted:
      if (e.number >= 0) d.push_back({"length", json::Value(e.number)});
      break;
    case DetailsShape::kMapIteration:
      AddIfSet(d, "name", e.name);
      if (e.number >= 0) d.push_back({"index", json::Value(e.number)});
      break;
    case DetailsShape::kEvaluationFailed:
      AddDetails(d, e);
      AddIfSet(d, "state", e.name);
      return d;
    case DetailsShape::kNone:
    case DetailsShape::kErrorCause:
    case DetailsShape::kTaskResource:
    case DetailsShape::kMapRunStarted:
      break;
  }
  AddDetails(d, e);
  return d;
}

}  // namespace

json::Value EventToJson(const HistoryEvent& event) {
  json::Members out;
  out.push_back({"timestamp", json::Value(timestamp::FormatTimestamp(event.timestamp_ms))});
  out.push_back({"type", json::Value(EventTypeName(event.type))});
  out.push_back({"id", json::Value(event.id)});
  out.push_back({"previousEventId", json::Value(event.previous_event_id)});
  json::Members details = Details(event);
  std::string_view key = EventDetailsKey(event.type);
  if (!key.empty() && (!details.empty() || EventDetailsShape(event.type) != DetailsShape::kNone)) {
    out.push_back({std::string(key), json::Value(std::move(details))});
  }
  return json::Value::FromUniqueMembers(std::move(out));
}

json::Value HistoryToJson(const EventList& events) {
  json::Array out;
  out.reserve(events.size());
  for (const HistoryEvent& e : events) out.push_back(EventToJson(e));
  return json::Value(std::move(out));
}

}  // namespace asl::engine
