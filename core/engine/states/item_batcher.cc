#include "core/engine/states/item_batcher.h"

#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

// A positive integer setting `name` of `batcher` (already evaluated), or its *Path read from
// `input` (JSONPath states only).
std::optional<StateError> ReadLimit(Interpreter& in, Frame& frame, const json::Value& batcher,
                                    const json::Value& input, const std::string& name,
                                    bool jsonpath, std::optional<int64_t>* out) {
  std::optional<json::Value> value;
  if (const json::Value* literal = batcher.Find(name)) value = *literal;
  const json::Value* path_text = jsonpath ? batcher.Find(name + "Path") : nullptr;
  if (!value && path_text != nullptr && path_text->is_string()) {
    auto parsed = path::Path::Parse(path_text->as_string());
    if (auto* p = std::get_if<path::Path>(&parsed))
      value = p->Evaluate(in.Environment(frame, input));
    if (!value) {
      return in.RuntimeError(
          frame, "Invalid path '" + path_text->as_string() + "' : the path matches nothing.");
    }
  }
  if (!value) return std::nullopt;
  if (!value->is_int() || value->as_int() < 1) {
    std::string problem =
        "The field '" + name + "' must be a positive integer, but was: " + json::Serialize(*value);
    if (jsonpath) return in.RuntimeError(frame, problem);
    return QueryEvaluationError(in, frame, problem, "ItemBatcher/" + name);
  }
  *out = value->as_int();
  return std::nullopt;
}

}  // namespace

std::variant<BatchSettings, StateError> ReadBatchSettings(Interpreter& in, Frame& frame,
                                                          const json::Value& input) {
  const CompiledState& state = in.Current(frame);
  const auto& map = *state.model->As<model::MapState>();
  BatchSettings settings;
  json::Value batcher = map.item_batcher.value_or(json::Value(json::Members{}));
  if (state.jsonata) {
    ValueOrError evaluated = EvaluateJsonata(in, frame, state.jsonata->item_batcher,
                                             JsonataBindings(in, frame, {input}));
    if (auto* e = std::get_if<StateError>(&evaluated)) return std::move(*e);
    batcher = std::get<json::Value>(std::move(evaluated));
    if (const json::Value* batch_input = batcher.Find("BatchInput")) {
      settings.batch_input = *batch_input;
    }
  } else if (const json::Value* batch_input = batcher.Find("BatchInput")) {
    ValueOrError built = ApplyPayloadTemplate(in, frame, CompileTemplate(*batch_input), input);
    if (auto* e = std::get_if<StateError>(&built)) return std::move(*e);
    settings.batch_input = std::get<json::Value>(std::move(built));
  }
  bool jsonpath = !state.jsonata;
  if (auto e =
          ReadLimit(in, frame, batcher, input, "MaxItemsPerBatch", jsonpath, &settings.max_items)) {
    return std::move(*e);
  }
  if (auto e = ReadLimit(in, frame, batcher, input, "MaxInputBytesPerBatch", jsonpath,
                         &settings.max_bytes)) {
    return std::move(*e);
  }
  return settings;
}

json::Value BatchItems(const json::Array& items, const BatchSettings& settings) {
  json::Array batches;
  auto make = [&](json::Array batch) {
    json::Members members;
    if (settings.batch_input) members.push_back({"BatchInput", *settings.batch_input});
    members.push_back({"Items", json::Value(std::move(batch))});
    return json::Value::FromUniqueMembers(std::move(members));
  };
  // The JSON text of a batch is its wrapper plus each item and a comma between items.
  const size_t wrapper = json::Serialize(make({})).size();
  json::Array batch;
  size_t bytes = wrapper;
  for (const json::Value& item : items) {
    size_t item_bytes = json::Serialize(item).size() + (batch.empty() ? 0 : 1);
    bool full = settings.max_items && static_cast<int64_t>(batch.size()) >= *settings.max_items;
    bool too_big =
        settings.max_bytes && bytes + item_bytes > static_cast<size_t>(*settings.max_bytes);
    if (!batch.empty() && (full || too_big)) {
      batches.push_back(make(std::move(batch)));
      batch = json::Array();
      bytes = wrapper;
      item_bytes = json::Serialize(item).size();
    }
    batch.push_back(item);
    bytes += item_bytes;
  }
  if (!batch.empty()) batches.push_back(make(std::move(batch)));
  return json::Value(std::move(batches));
}

}  // namespace asl::engine
