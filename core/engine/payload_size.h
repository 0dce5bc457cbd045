// The size of a payload as the service measures it against its quota: the UTF-8 bytes of its
// compact JSON text.
#ifndef ASL_CORE_ENGINE_PAYLOAD_SIZE_H_
#define ASL_CORE_ENGINE_PAYLOAD_SIZE_H_

#include <cstdint>
#include <unordered_map>

#include "core/json/value.h"

namespace asl::engine {

// Measures payloads without printing them. Values are immutable and shared between states, so
// the sizes of large containers and strings are remembered (keyed by their node, which the
// memo keeps alive so that its address cannot be reused): a state that changes one field of a
// large document costs the size of what changed, not of the document.
class PayloadSizer {
 public:
  // True when Serialize(value) would be longer than `limit_bytes`.
  bool Exceeds(const json::Value& value, int64_t limit_bytes);
  int64_t Size(const json::Value& value);

 private:
  struct Entry {
    json::Value keep_alive;
    int64_t size;
  };
  int64_t Measure(const json::Value& value, int depth);
  std::unordered_map<const void*, Entry> memo_;
};

// The same without memory between calls: walks the whole value (stopping early once the limit
// is passed).
bool PayloadExceeds(const json::Value& value, int64_t limit_bytes);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PAYLOAD_SIZE_H_
