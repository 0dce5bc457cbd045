#include "core/model/states.h"

#include <array>
#include <utility>

namespace asl::model {
namespace {

constexpr std::array<std::pair<StateType, std::string_view>, 8> kNames = {{
    {StateType::kPass, "Pass"},
    {StateType::kTask, "Task"},
    {StateType::kChoice, "Choice"},
    {StateType::kWait, "Wait"},
    {StateType::kSucceed, "Succeed"},
    {StateType::kFail, "Fail"},
    {StateType::kParallel, "Parallel"},
    {StateType::kMap, "Map"},
}};

}  // namespace

std::string_view StateTypeName(StateType type) {
  for (const auto& [t, name] : kNames) {
    if (t == type) return name;
  }
  return "Pass";
}

std::optional<StateType> ParseStateType(std::string_view name) {
  for (const auto& [t, n] : kNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

}  // namespace asl::model
