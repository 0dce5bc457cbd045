// Transitions: StartAt, Next, Default and Catch targets exist in the same scope (a Parallel
// branch or Map processor is its own scope: ASL forbids transitions into or out of them);
// every state is reachable (warning); a terminal state is reachable.
#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

using model::State;
using model::StateMachine;
using model::StateType;

constexpr size_t kNoState = static_cast<size_t>(-1);

// A transition; the pointer of the field that writes it is built only for a report.
struct Edge {
  std::string_view target;
  std::string_view base;   // Pointer of the state, rule or catcher holding the field.
  std::string_view field;  // "Next" or "Default".
  size_t to = kNoState;    // The target's position in its machine's states, once resolved.
  std::string pointer() const { return json::AppendPointer(base, field); }
};

// Appends the transitions of `s` to `out`.
void AddEdgesOf(const State& s, std::vector<Edge>& out) {
  if (s.next) out.push_back({*s.next, s.pointer, "Next"});
  if (const auto* choice = s.As<model::ChoiceState>()) {
    for (const model::ChoiceRule& rule : choice->choices) {
      if (rule.next) out.push_back({*rule.next, rule.pointer, "Next"});
    }
    if (choice->default_state) out.push_back({*choice->default_state, s.pointer, "Default"});
  }
  auto catches = [&](const std::vector<model::Catcher>& list) {
    for (const model::Catcher& c : list) {
      if (!c.next.empty()) out.push_back({c.next, c.pointer, "Next"});
    }
  };
  if (const auto* task = s.As<model::TaskState>()) catches(task->catch_);
  if (const auto* parallel = s.As<model::ParallelState>()) catches(parallel->catch_);
  if (const auto* map = s.As<model::MapState>()) catches(map->catch_);
}

bool IsTerminal(const State& s) {
  return s.end || s.type == StateType::kSucceed || s.type == StateType::kFail;
}

// Every state of the whole machine by name, with its pointer (the first one for a name),
// built on first use: only a missing target needs it.
class StateIndex {
 public:
  explicit StateIndex(const StateMachine& root) : root_(root) {}
  // The pointer of the first state named `name` anywhere in the machine, or nullptr.
  const std::string_view* Find(std::string_view name) {
    if (!built_) {
      ForEachState(root_, [&](const State& s) { index_.emplace(s.name, &s.pointer); });
      built_ = true;
    }
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : it->second;
  }

 private:
  const StateMachine& root_;
  bool built_ = false;
  std::unordered_map<std::string_view, const std::string_view*> index_;
};

// Per-machine working storage, reused from one machine to the next: most nested machines hold
// a state or two, and fresh vectors for each would cost more than the checks.
struct Scratch {
  std::vector<bool> reached;
  std::vector<size_t> work;
  std::vector<Edge> edges;
  // The transitions of state i are edges[first_edge[i] .. first_edge[i + 1]).
  std::vector<size_t> first_edge;
  std::vector<bool> targeted;
};

void CheckMachine(const StateMachine& m, StateIndex& all_states, bool warnings, Scratch& scratch,
                  Report& report) {
  auto missing = [&](std::string_view target, const std::string& pointer, std::string_view what) {
    const std::string_view* elsewhere = all_states.Find(target);
    std::string message = what.empty() ? "" : std::string(what);
    if (elsewhere != nullptr) {
      message += " state " + Quote(target) + ", which is outside this " +
                 (m.pointer.empty() ? std::string("state machine") : "scope") + " (at " +
                 std::string(*elsewhere) +
                 "); a Parallel branch or Map processor cannot transition into or out of itself, "
                 "so target a state of the same scope.";
    } else {
      message += " state " + Quote(target) + ", which does not exist; add it or fix the name.";
    }
    report.AddOnValue(code::kMissingTransitionTarget, pointer, message);
  };

  const json::Value* states = m.raw.Find("States");
  if (states == nullptr || !states->is_object()) return;  // Reported as a missing field.
  // States that are not objects are reported by the field rules, not as missing targets.
  auto missing_target = [&](std::string_view name) {
    return m.Find(name) == nullptr && states->Find(name) == nullptr;
  };
  if (!m.start_at.empty() && missing_target(m.start_at)) {
    missing(m.start_at, json::AppendPointer(m.pointer, "StartAt"), "'StartAt' names");
  }
  std::vector<bool>& reached = scratch.reached;
  reached.assign(m.states.size(), false);
  std::vector<size_t>& work = scratch.work;
  work.clear();
  if (const State* start = m.Find(m.start_at)) {
    size_t index = static_cast<size_t>(start - m.states.data());
    reached[index] = true;
    work.push_back(index);
  }
  std::vector<Edge>& edges = scratch.edges;
  edges.clear();
  std::vector<size_t>& first_edge = scratch.first_edge;
  first_edge.clear();
  for (const State& s : m.states) {
    first_edge.push_back(edges.size());
    AddEdgesOf(s, edges);
  }
  first_edge.push_back(edges.size());
  for (Edge& e : edges) {
    if (std::optional<size_t> to = m.IndexOf(e.target)) e.to = *to;
  }
  auto edges_of = [&](size_t i) {
    return std::span<const Edge>(edges.data() + first_edge[i], first_edge[i + 1] - first_edge[i]);
  };
  for (size_t i = 0; i < m.states.size(); ++i) {
    const State& s = m.states[i];
    if (!s.type_valid) continue;
    for (const Edge& e : edges_of(i)) {
      if (e.to == kNoState && states->Find(e.target) == nullptr) {
        missing(e.target, e.pointer(), Quote(e.field) + " of " + Describe(s) + " names");
      }
    }
  }
  bool terminal_reached = false;
  while (!work.empty()) {
    size_t current = work.back();
    const State& s = m.states[current];
    work.pop_back();
    terminal_reached = terminal_reached || IsTerminal(s);
    for (const Edge& e : edges_of(current)) {
      if (e.to != kNoState && !reached[e.to]) {
        reached[e.to] = true;
        work.push_back(e.to);
      }
    }
  }
  if (m.Find(m.start_at) != nullptr && !terminal_reached) {
    // AWS's MISSING_END_STATE is about a machine with no terminal state at all; one that has
    // terminal states none of which can be reached is reported as a warning only.
    bool any_terminal = std::any_of(m.states.begin(), m.states.end(), IsTerminal);
    std::string scope =
        m.pointer.empty() ? "The state machine" : "The scope at " + std::string(m.pointer);
    std::string pointer =
        m.pointer.empty() ? "/StartAt" : json::AppendPointer(m.pointer, "StartAt");
    if (!any_terminal) {
      report.Add(code::kMissingEndState, pointer,
                 scope +
                     " has no terminal state: add a Succeed or Fail state or a state with "
                     "\"End\": true.");
    } else if (warnings) {
      report.Add(code::kNoReachableEndState, pointer,
                 scope +
                     " never ends: none of its terminal states can be reached from "
                     "'StartAt'; add a transition to one.");
    }
  }
  if (!warnings || m.Find(m.start_at) == nullptr) return;
  // Only states that no transition names are reported: a state cut off because an earlier one
  // is broken would otherwise add a warning to every error.
  std::vector<bool>& targeted = scratch.targeted;
  targeted.assign(m.states.size(), false);
  for (const Edge& e : edges) {
    if (e.to != kNoState) targeted[e.to] = true;
  }
  for (size_t i = 0; i < m.states.size(); ++i) {
    if (reached[i] || targeted[i]) continue;
    report.Add(code::kUnreachableState, m.states[i].pointer,
               "No transition leads to " + Describe(m.states[i]) +
                   "; add a transition to it or remove it.");
  }
}

}  // namespace

void CheckTransitions(const RuleContext& context, Report& report) {
  StateIndex all_states(context.machine);
  Scratch scratch;
  ForEachMachine(context.machine, [&](const StateMachine& m, bool) {
    CheckMachine(m, all_states, context.options.warnings, scratch, report);
  });
}

}  // namespace asl::validate
