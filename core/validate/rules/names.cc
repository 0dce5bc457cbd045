// State names: unique across the whole state machine, at most 80 characters, no control
// characters (ASL "States": names MUST be unique within the machine and at most 80 Unicode
// characters long).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/pointer.h"
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
  // Name → the first state with it: open addressing with linear probing in a table at most
  // half full (one allocation instead of one per name).
  size_t capacity = 16;
  while (capacity < 2 * states.size()) capacity *= 2;
  std::vector<const model::State*> first_seen(capacity, nullptr);
  for (const model::State* state : states) {
    const model::State& s = *state;
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
    size_t slot = std::hash<std::string_view>{}(s.name) & (capacity - 1);
    while (first_seen[slot] != nullptr && first_seen[slot]->name != s.name) {
      slot = (slot + 1) & (capacity - 1);
    }
    if (first_seen[slot] == nullptr) {
      first_seen[slot] = &s;
    } else {
      report.Add(code::kDuplicateStateName, s.pointer,
                 "State name " + Quote(s.name) + " is already used at " +
                     first_seen[slot]->pointer +
                     "; state names must be unique across the whole state machine, so rename "
                     "one.");
    }
  }
}

}  // namespace asl::validate
