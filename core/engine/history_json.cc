// EventToJson / HistoryToJson: the GetExecutionHistory wire shape of HistoryEvent.
#include <string>

#include "core/engine/history.h"
#include "core/engine/timestamp.h"
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

void AddErrorCause(json::Members& out, const HistoryEvent& e) {
  AddIfSet(out, "error", e.error);
  AddIfSet(out, "cause", e.cause);
}

void AddResource(json::Members& out, const HistoryEvent& e) {
  AddIfSet(out, "resourceType", e.resource_type);
  AddIfSet(out, "resource", e.resource);
}

json::Value AssignedVariablesText(const json::Value& variables) {
  json::Members out;
  for (const json::Member& m : variables.as_object()) {
    out.push_back({m.key, json::Value(json::Serialize(m.value))});
  }
  return json::Value::FromUniqueMembers(std::move(out));
}

json::Members Details(const HistoryEvent& e) {
  json::Members d;
  switch (EventDetailsShape(e.type)) {
    case DetailsShape::kNone:
      break;
    case DetailsShape::kExecutionInput:
      AddPayload(d, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kOutput:
      AddPayload(d, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kErrorCause:
      AddErrorCause(d, e);
      break;
    case DetailsShape::kStateEntered:
      AddIfSet(d, "name", e.name);
      AddPayload(d, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kStateExited:
      AddIfSet(d, "name", e.name);
      AddPayload(d, "output", "outputDetails", e.payload);
      if (e.assigned_variables.is_object()) {
        d.push_back({"assignedVariables", AssignedVariablesText(e.assigned_variables)});
        d.push_back(
            {"assignedVariablesDetails", json::Value(json::Members{{"truncated", false}})});
      }
      break;
    case DetailsShape::kTaskScheduled:
      AddResource(d, e);
      d.push_back({"parameters", json::Value(json::Serialize(e.payload))});
      break;
    case DetailsShape::kTaskResource:
      AddResource(d, e);
      break;
    case DetailsShape::kTaskOutput:
      AddResource(d, e);
      AddPayload(d, "output", "outputDetails", e.payload);
      break;
    case DetailsShape::kTaskError:
      AddResource(d, e);
      AddErrorCause(d, e);
      break;
    case DetailsShape::kLambdaScheduled:
      AddIfSet(d, "resource", e.resource);
      AddPayload(d, "input", "inputDetails", e.payload);
      break;
    case DetailsShape::kMapStarted:
      if (e.number >= 0) d.push_back({"length", json::Value(e.number)});
      break;
    case DetailsShape::kMapIteration:
      AddIfSet(d, "name", e.name);
      if (e.number >= 0) d.push_back({"index", json::Value(e.number)});
      break;
    case DetailsShape::kMapRunStarted:
      break;
    case DetailsShape::kEvaluationFailed:
      AddErrorCause(d, e);
      AddIfSet(d, "state", e.name);
      break;
  }
  if (e.extra.is_object()) {
    for (const json::Member& m : e.extra.as_object()) d.push_back(m);
  }
  return d;
}

}  // namespace

json::Value EventToJson(const HistoryEvent& event) {
  json::Members out;
  out.push_back({"timestamp", json::Value(FormatTimestamp(event.timestamp_ms))});
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

json::Value HistoryToJson(const std::vector<HistoryEvent>& events) {
  json::Array out;
  out.reserve(events.size());
  for (const HistoryEvent& e : events) out.push_back(EventToJson(e));
  return json::Value(std::move(out));
}

}  // namespace asl::engine
