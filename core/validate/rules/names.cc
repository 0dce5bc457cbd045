// State names: unique across the whole state machine, at most 80 characters, no control
// characters (ASL "States": names MUST be unique within the machine and at most 80 Unicode
// characters long).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/pointer.h"
#include "core/json/position_table.h"
#include "core/validate/codes.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr size_t kMaxNameLength = 80;

// Unicode code points in UTF-8 text (the parser guarantees valid UTF-8).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool HasControlCharacter(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return true;
    // U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      return true;
    }
  }
  return false;
}

}  // namespace

void CheckNames(const RuleContext& context, Report& report) {
  std::vector<const model::State*> states;  // Every state, in the order rules visit them.
  states.reserve(context.machine.states.size());
  ForEachState(context.machine, [&](const model::State& s) { states.push_back(&s); });
  // Name → the first state with it.
  auto name_of = [&states](size_t i) -> std::string_view { return states[i]->name; };
  json::PositionTable first_seen;
  first_seen.Reserve(states.size(), name_of);
  for (size_t i = 0; i < states.size(); ++i) {
    const model::State& s = *states[i];
    if (s.name.empty()) {
      report.Add(code::kInvalidStateName, s.pointer, "A state has an empty name; name it.");
    } else if (CodePoints(s.name) > kMaxNameLength) {
      report.Add(code::kInvalidStateName, s.pointer,
                 "State name " + Quote(s.name.substr(0, 20)) + "... is " +
                     std::to_string(CodePoints(s.name)) +
                     " characters long; shorten it to at most 80.");
    } else if (HasControlCharacter(s.name)) {
      report.Add(code::kInvalidStateName, s.pointer,
                 "State name " + Quote(s.name) + " contains a control character; remove it.");
    }
    if (std::optional<size_t> first = first_seen.Insert(i, name_of)) {
      report.Add(code::kDuplicateStateName, s.pointer,
                 "State name " + Quote(s.name) + " is already used at " +
                     std::string(states[*first]->pointer) +
                     "; state names must be unique across the whole state machine, so rename "
                     "one.");
    }
  }
}

}  // namespace asl::validate
