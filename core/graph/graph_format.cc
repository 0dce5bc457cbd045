// The three output formats of a Graph: JSON (the web view's model), Graphviz DOT and Mermaid.
#include <map>

#include "core/graph/graph.h"
#include "core/json/writer.h"

namespace asl::graph {
namespace {

// Children of each scope's parent node, so nested scopes print inside their parents.
std::multimap<std::string, const Scope*> ScopesByParent(const Graph& graph) {
  std::multimap<std::string, const Scope*> out;
  for (const Scope& s : graph.scopes) {
    if (!s.parent.empty()) out.emplace(s.parent, &s);
  }
  return out;
}

std::string DotQuoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string_view DotShape(const std::string& type) {
  if (type == "Choice") return "diamond";
  if (type == "Succeed" || type == "Fail") return "doubleoctagon";
  if (type == "Wait") return "ellipse";
  if (type == "Parallel" || type == "Map") return "box3d";
  return "box";
}

std::string MermaidText(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"') {
      out += "#quot;";
    } else if (c == '|') {
      out += "#124;";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

class Printer {
 public:
  Printer(const Graph& graph, bool mermaid)
      : graph_(graph), mermaid_(mermaid), nested_(ScopesByParent(graph)) {
    for (size_t i = 0; i < graph.nodes.size(); ++i) short_ids_[graph.nodes[i].id] = "n" + std::to_string(i);
  }

  std::string Print() {
    if (mermaid_) {
      out_ += "flowchart TD\n";
      out_ += "  start((Start))\n";
    } else {
      out_ += "digraph StateMachine {\n  node [fontname=\"Helvetica\"];\n";
      out_ += "  \"start\" [shape=circle, label=\"Start\"];\n";
    }
    PrintScopeNodes("", 1);
    for (const Scope& s : graph_.scopes) {
      if (s.start.empty()) continue;
      if (s.parent.empty()) {
        Line(1, mermaid_ ? "start --> " + Id(s.start) : "\"start\" -> " + Id(s.start) + ";");
      } else {
        Line(1, mermaid_ ? Id(s.parent) + " -.-> " + Id(s.start)
                         : Id(s.parent) + " -> " + Id(s.start) + " [style=dashed];");
      }
    }
    for (const Edge& e : graph_.edges) {
      std::string label = e.label;
      if (mermaid_) {
        std::string arrow = e.kind == EdgeKind::kCatch ? " -.->" : " -->";
        Line(1, Id(e.from) + arrow + (label.empty() ? "" : "|" + MermaidText(label) + "|") + " " +
                    Id(e.to));
      } else {
        std::string attributes = label.empty() ? "" : "label=" + DotQuoted(label);
        if (e.kind == EdgeKind::kCatch) attributes += std::string(attributes.empty() ? "" : ", ") + "style=dashed, color=red";
        Line(1, Id(e.from) + " -> " + Id(e.to) + (attributes.empty() ? "" : " [" + attributes + "]") + ";");
      }
    }
    if (!mermaid_) out_ += "}\n";
    return out_;
  }

 private:
  std::string Id(const std::string& node_id) {
    return mermaid_ ? short_ids_[node_id] : DotQuoted(node_id);
  }

  void Line(int depth, const std::string& text) {
    out_.append(static_cast<size_t>(depth) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }

  void PrintScopeNodes(const std::string& scope_id, int depth) {
    for (const Node& n : graph_.nodes) {
      if (n.scope != scope_id) continue;
      std::string label = n.name + (n.type.empty() ? "" : "\n" + n.type);
      if (mermaid_) {
        std::string text = "\"" + MermaidText(n.name) + "<br/><small>" + MermaidText(n.type) + "</small>\"";
        if (n.type == "Choice") {
          Line(depth, Id(n.id) + "{" + text + "}");
        } else if (n.type == "Succeed" || n.type == "Fail") {
          Line(depth, Id(n.id) + "([" + text + "])");
        } else {
          Line(depth, Id(n.id) + "[" + text + "]");
        }
      } else {
        Line(depth, Id(n.id) + " [shape=" + std::string(DotShape(n.type)) + ", label=" +
                        DotQuoted(label) + "];");
      }
      auto [begin, end] = nested_.equal_range(n.id);
      for (auto it = begin; it != end; ++it) {
        const Scope& s = *it->second;
        if (mermaid_) {
          Line(depth, "subgraph " + short_ids_[n.id] + "_" + std::to_string(++subgraphs_) + "[\"" +
                          MermaidText(n.name + " · " + s.label) + "\"]");
        } else {
          Line(depth, "subgraph " + DotQuoted("cluster_" + s.id) + " {");
          Line(depth + 1, "label=" + DotQuoted(n.name + " · " + s.label) + ";");
        }
        PrintScopeNodes(s.id, depth + 1);
        Line(depth, mermaid_ ? "end" : "}");
      }
    }
  }

  const Graph& graph_;
  bool mermaid_;
  std::multimap<std::string, const Scope*> nested_;
  std::map<std::string, std::string> short_ids_;
  std::string out_;
  int subgraphs_ = 0;
};

}  // namespace

std::string ToJson(const Graph& graph) {
  json::Array scopes, nodes, edges;
  for (const Scope& s : graph.scopes) {
    scopes.push_back(json::Value(json::Members{
        {"id", s.id}, {"parent", s.parent}, {"label", s.label}, {"start", s.start}}));
  }
  for (const Node& n : graph.nodes) {
    nodes.push_back(json::Value(json::Members{{"id", n.id},
                                              {"name", n.name},
                                              {"type", n.type},
                                              {"scope", n.scope},
                                              {"start", n.start},
                                              {"terminal", n.terminal}}));
  }
  for (const Edge& e : graph.edges) {
    edges.push_back(json::Value(json::Members{{"from", e.from},
                                              {"to", e.to},
                                              {"kind", EdgeKindName(e.kind)},
                                              {"label", e.label},
                                              {"path", e.path}}));
  }
  return json::Serialize(json::Value(json::Members{{"scopes", std::move(scopes)},
                                                   {"nodes", std::move(nodes)},
                                                   {"edges", std::move(edges)}}),
                         {.indent = 2});
}

std::string ToDot(const Graph& graph) { return Printer(graph, false).Print(); }
std::string ToMermaid(const Graph& graph) { return Printer(graph, true).Print(); }

}  // namespace asl::graph
