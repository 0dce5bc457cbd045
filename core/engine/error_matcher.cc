#include "core/engine/error_matcher.h"

namespace asl::engine {
namespace {

bool IsTimeout(std::string_view error) {
  return error == kStatesTimeout || error == kStatesHeartbeatTimeout;
}

bool NameMatches(std::string_view pattern, std::string_view error) {
  if (pattern == error || pattern == kStatesAll) return true;
  if (pattern == kStatesTaskFailed) return !IsTimeout(error);
  if (pattern == kStatesTimeout) return error == kStatesHeartbeatTimeout;
  return false;
}

}  // namespace

bool ErrorEqualsMatches(std::span<const std::string> error_equals, std::string_view error) {
  for (const std::string& pattern : error_equals) {
    if (NameMatches(pattern, error)) return true;
  }
  return false;
}

bool IsHandled(std::span<const std::string> error_equals, const StateError& error) {
  if (error.terminal) return false;
  if (ErrorEqualsMatches(error_equals, error.error)) return true;
  if (!error.heartbeat_timeout) return false;
  for (const std::string& pattern : error_equals) {
    if (pattern == kStatesHeartbeatTimeout) return true;
  }
  return false;
}

}  // namespace asl::engine
