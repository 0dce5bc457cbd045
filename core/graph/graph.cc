#include "core/graph/graph.h"

#include "core/graph/rule_label.h"
#include "core/json/pointer.h"

namespace asl::graph {
namespace {

// Deeper nesting than this is not drawn (the validator reports TOO_DEEPLY_NESTED).
constexpr int kMaxDepth = 64;

std::string StringField(const json::Value& object, std::string_view key) {
  const json::Value* v = object.Find(key);
  return v != nullptr && v->is_string() ? v->as_string() : std::string();
}

class Builder {
 public:
  explicit Builder(Graph& graph) : graph_(graph) {}

  void AddMachine(const json::Value& machine, const std::string& scope_id, const std::string& parent,
                  std::string label, int depth) {
    if (depth > kMaxDepth || !machine.is_object()) return;
    const json::Value* states = machine.Find("States");
    std::string states_pointer = scope_id + "/States";
    std::string start_name = StringField(machine, "StartAt");
    Scope scope{scope_id, parent, std::move(label), ""};
    if (states != nullptr && states->Find(start_name) != nullptr) {
      scope.start = json::AppendPointer(states_pointer, start_name);
    }
    graph_.scopes.push_back(scope);
    if (states == nullptr || !states->is_object()) return;
    for (const json::Member& m : states->as_object()) {
      AddState(m.key, m.value, states_pointer, *states, scope_id, start_name, depth);
    }
  }

 private:
  void AddState(const std::string& name, const json::Value& state, const std::string& states_pointer,
                const json::Value& siblings, const std::string& scope_id,
                const std::string& start_name, int depth) {
    Node node;
    node.id = json::AppendPointer(states_pointer, name);
    node.name = name;
    node.type = StringField(state, "Type");
    node.scope = scope_id;
    node.start = name == start_name;
    const json::Value* end = state.Find("End");
    node.terminal = (end != nullptr && end->as_bool()) || node.type == "Succeed" ||
                    node.type == "Fail";
    graph_.nodes.push_back(node);
    auto edge_to = [&](const json::Value* target, EdgeKind kind, std::string label,
                       std::string path) {
      if (target == nullptr || !target->is_string()) return;
      if (siblings.Find(target->as_string()) == nullptr) return;
      graph_.edges.push_back({node.id, json::AppendPointer(states_pointer, target->as_string()),
                              kind, std::move(label), std::move(path)});
    };
    edge_to(state.Find("Next"), EdgeKind::kNext, "", node.id + "/Next");
    if (const json::Value* choices = state.Find("Choices"); choices && choices->is_array()) {
      for (size_t i = 0; i < choices->size(); ++i) {
        const json::Value& rule = *choices->At(i);
        std::string path = json::AppendPointer(node.id + "/Choices", i);
        edge_to(rule.Find("Next"), EdgeKind::kChoice, RuleLabel(rule), path + "/Next");
      }
    }
    edge_to(state.Find("Default"), EdgeKind::kDefault, "Default", node.id + "/Default");
    if (const json::Value* catchers = state.Find("Catch"); catchers && catchers->is_array()) {
      for (size_t i = 0; i < catchers->size(); ++i) {
        const json::Value& catcher = *catchers->At(i);
        std::string path = json::AppendPointer(node.id + "/Catch", i);
        edge_to(catcher.Find("Next"), EdgeKind::kCatch, ErrorListLabel(catcher.Find("ErrorEquals")),
                path + "/Next");
      }
    }
    if (const json::Value* branches = state.Find("Branches"); branches && branches->is_array()) {
      for (size_t i = 0; i < branches->size(); ++i) {
        AddMachine(*branches->At(i), json::AppendPointer(node.id + "/Branches", i), node.id,
                   "Branch " + std::to_string(i + 1), depth + 1);
      }
    }
    for (const char* field : {"ItemProcessor", "Iterator"}) {
      if (const json::Value* processor = state.Find(field)) {
        AddMachine(*processor, node.id + "/" + field, node.id, "Item processor", depth + 1);
      }
    }
  }

  Graph& graph_;
};

}  // namespace

std::string_view EdgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kNext:
      return "next";
    case EdgeKind::kChoice:
      return "choice";
    case EdgeKind::kDefault:
      return "default";
    case EdgeKind::kCatch:
      return "catch";
  }
  return "next";
}

Graph BuildGraph(const json::Value& definition) {
  Graph graph;
  Builder(graph).AddMachine(definition, "", "", "", 0);
  return graph;
}

}  // namespace asl::graph
