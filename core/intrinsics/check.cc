#include "core/intrinsics/check.h"

#include <variant>

#include "core/intrinsics/call_parser.h"

namespace asl::intrinsics {

std::optional<path::PathProblem> CheckIntrinsicCall(std::string_view text) {
  auto parsed = ParseCall(text);
  if (auto* problem = std::get_if<path::PathProblem>(&parsed)) return std::move(*problem);
  return std::nullopt;
}

}  // namespace asl::intrinsics
