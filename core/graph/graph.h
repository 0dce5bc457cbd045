// The state graph of a definition: what the web graph view and `asl graph` draw.
//
// Built from the parsed JSON rather than the typed model so that it still follows the text
// while the definition has errors (the editor redraws it on every keystroke). Whatever is
// missing or malformed is left out; nothing here reports diagnostics.
#ifndef ASL_CORE_GRAPH_GRAPH_H_
#define ASL_CORE_GRAPH_GRAPH_H_

#include <string>
#include <vector>

#include "core/json/value.h"

namespace asl::graph {

// A state machine or a nested one: the top level, a Parallel branch, a Map processor.
struct Scope {
  std::string id;      // JSON pointer of the nested machine: "" (top), "/States/P/Branches/0".
  std::string parent;  // Id of the Parallel/Map node that holds it; "" for the top level.
  std::string label;   // "Branch 1", "Item processor", or "" for the top level.
  std::string start;   // Id of the StartAt state, "" when StartAt names no state.
};

struct Node {
  std::string id;     // JSON pointer of the state: "/States/Check".
  std::string name;   // The state name.
  std::string type;   // "Pass", "Task", ... as written (may be "" or unknown when invalid).
  std::string scope;  // Id of the Scope the state belongs to.
  bool start = false;
  bool terminal = false;  // End: true, or Succeed/Fail.
};

enum class EdgeKind { kNext, kChoice, kDefault, kCatch };

struct Edge {
  std::string from;  // Node id.
  std::string to;    // Node id.
  EdgeKind kind = EdgeKind::kNext;
  std::string label;  // Choice rule summary, "Default", or the caught error names.
  std::string path;   // Pointer of the field that makes the edge ("/States/A/Next").
};

struct Graph {
  std::vector<Scope> scopes;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

Graph BuildGraph(const json::Value& definition);

std::string_view EdgeKindName(EdgeKind kind);  // "next", "choice", "default", "catch".

// Output formats of `asl graph`.
std::string ToJson(const Graph& graph);
std::string ToDot(const Graph& graph);
std::string ToMermaid(const Graph& graph);

}  // namespace asl::graph

#endif  // ASL_CORE_GRAPH_GRAPH_H_
