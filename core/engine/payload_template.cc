#include "core/engine/payload_template.h"

#include <string>

#include "core/engine/interpreter.h"

namespace asl::engine {
namespace {

bool HasDynamicKey(const json::Value& value, int depth = 0) {
  if (depth > 256) return true;
  if (value.is_array()) {
    for (const json::Value& item : value.as_array()) {
      if (HasDynamicKey(item, depth + 1)) return true;
    }
  } else if (value.is_object()) {
    for (const json::Member& m : value.as_object()) {
      if (m.key.size() >= 2 && m.key.compare(m.key.size() - 2, 2, ".$") == 0) return true;
      if (HasDynamicKey(m.value, depth + 1)) return true;
    }
  }
  return false;
}

}  // namespace

ValueOrError ApplyPayloadTemplate(Interpreter& interpreter, Frame& frame,
                                  const json::Value& payload_template, const json::Value& input,
                                  std::string_view field) {
  if (!HasDynamicKey(payload_template)) return payload_template;
  return interpreter.RuntimeError(
      frame, std::string(field) +
                 " uses \".$\" fields, which this engine cannot evaluate yet (payload templates "
                 "are not integrated).");
}

}  // namespace asl::engine
