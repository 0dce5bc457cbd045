#include "core/engine/event_type.h"

#include <array>
#include <string>

namespace asl::engine {
namespace {

struct EventTypeInfo {
  std::string_view name;
  DetailsShape shape;
};

constexpr EventTypeInfo kInfos[] = {
#define ASL_ENGINE_EVENT_INFO(name, shape) {#name, DetailsShape::shape},
    ASL_ENGINE_EVENT_TYPES(ASL_ENGINE_EVENT_INFO)
#undef ASL_ENGINE_EVENT_INFO
};
constexpr size_t kCount = sizeof(kInfos) / sizeof(kInfos[0]);

std::array<std::string, kCount> BuildDetailsKeys() {
  std::array<std::string, kCount> keys;
  for (size_t i = 0; i < kCount; ++i) {
    const EventTypeInfo& info = kInfos[i];
    if (info.shape == DetailsShape::kNone) continue;
    if (info.shape == DetailsShape::kStateEntered) {
      keys[i] = "stateEnteredEventDetails";
    } else if (info.shape == DetailsShape::kStateExited) {
      keys[i] = "stateExitedEventDetails";
    } else {
      keys[i] = std::string(info.name) + "EventDetails";
      keys[i][0] = static_cast<char>(keys[i][0] - 'A' + 'a');
    }
  }
  return keys;
}

}  // namespace

std::string_view EventTypeName(EventType type) {
  size_t i = static_cast<size_t>(type);
  return i < kCount ? kInfos[i].name : std::string_view("Unknown");
}

DetailsShape EventDetailsShape(EventType type) {
  size_t i = static_cast<size_t>(type);
  return i < kCount ? kInfos[i].shape : DetailsShape::kNone;
}

std::string_view EventDetailsKey(EventType type) {
  static const std::array<std::string, kCount> keys = BuildDetailsKeys();
  size_t i = static_cast<size_t>(type);
  return i < kCount ? std::string_view(keys[i]) : std::string_view();
}

}  // namespace asl::engine
