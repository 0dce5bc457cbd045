// A Map state's ItemBatcher: the items (after ItemSelector) grouped into batches, each
// iteration reading {"BatchInput": ..., "Items": [...]}
// (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html).
// MaxItemsPerBatch / MaxInputBytesPerBatch are literals, *Path references (JSONPath) or
// "{% %}" expressions (JSONata); BatchInput is a payload template or a JSONata template.
#ifndef ASL_CORE_ENGINE_STATES_ITEM_BATCHER_H_
#define ASL_CORE_ENGINE_STATES_ITEM_BATCHER_H_

#include <cstdint>
#include <optional>
#include <variant>

#include "core/engine/frame.h"
#include "core/engine/state_error.h"
#include "core/json/value.h"

namespace asl::engine {

class Interpreter;

struct BatchSettings {
  std::optional<int64_t> max_items;
  std::optional<int64_t> max_bytes;  // Of each batch's JSON text.
  std::optional<json::Value> batch_input;
};

// The frame's Map state's ItemBatcher, evaluated against the state's `input`.
std::variant<BatchSettings, StateError> ReadBatchSettings(Interpreter& in, Frame& frame,
                                                          const json::Value& input);

// `items` grouped by `settings`: every batch holds at least one item, at most max_items, and
// grows only while its JSON text stays within max_bytes.
json::Value BatchItems(const json::Array& items, const BatchSettings& settings);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_ITEM_BATCHER_H_
