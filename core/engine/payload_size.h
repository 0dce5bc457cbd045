// The size of a payload as the service measures it against its quota: the UTF-8 bytes of its
// compact JSON text.
#ifndef ASL_CORE_ENGINE_PAYLOAD_SIZE_H_
#define ASL_CORE_ENGINE_PAYLOAD_SIZE_H_

#include <cstdint>

#include "core/json/value.h"

namespace asl::engine {

// True when Serialize(value) would be longer than `limit_bytes`. Walks the value without
// printing it and stops as soon as the limit is passed.
bool PayloadExceeds(const json::Value& value, int64_t limit_bytes);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PAYLOAD_SIZE_H_
