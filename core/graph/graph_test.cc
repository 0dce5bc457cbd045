#include "core/graph/graph.h"

#include <gtest/gtest.h>

#include "core/graph/rule_label.h"
#include "core/json/parser.h"

namespace asl::graph {
namespace {

const char* kMachine = R"({
  "StartAt": "Check",
  "States": {
    "Check": {"Type": "Choice", "Choices": [
        {"Variable": "$.n", "NumericLessThan": 10, "Next": "Work"},
        {"And": [{"Variable": "$.s", "StringEquals": "x"}, {"Not": {"Variable": "$.b", "IsPresent": true}}], "Next": "Done"}],
      "Default": "Done"},
    "Work": {"Type": "Parallel", "Next": "Done",
      "Branches": [{"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]},
    "Done": {"Type": "Succeed"}
  }
})";

Graph Build(const char* text) { return BuildGraph(*json::ParseValue(text)); }

TEST(GraphTest, HasNodesScopesAndLabelledEdges) {
  Graph g = Build(kMachine);
  ASSERT_EQ(g.scopes.size(), 2u);
  EXPECT_EQ(g.scopes[0].start, "/States/Check");
  EXPECT_EQ(g.scopes[1].id, "/States/Work/Branches/0");
  EXPECT_EQ(g.scopes[1].parent, "/States/Work");
  EXPECT_EQ(g.scopes[1].start, "/States/Work/Branches/0/States/B1");
  ASSERT_EQ(g.nodes.size(), 4u);
  EXPECT_TRUE(g.nodes[0].start);
  EXPECT_EQ(g.nodes[2].scope, "/States/Work/Branches/0");  // Depth-first: B1 before Done.
  EXPECT_TRUE(g.nodes[2].terminal);
  EXPECT_TRUE(g.nodes[3].terminal);  // Succeed.
  ASSERT_EQ(g.edges.size(), 5u);
  EXPECT_EQ(g.edges[0].label, "$.n < 10");
  EXPECT_EQ(g.edges[0].path, "/States/Check/Choices/0/Next");
  EXPECT_EQ(g.edges[1].label, "($.s == \"x\") and (not($.b is present))");
  EXPECT_EQ(g.edges[2].kind, EdgeKind::kDefault);
  EXPECT_EQ(g.edges[4].kind, EdgeKind::kCatch);
  EXPECT_EQ(g.edges[4].label, "States.ALL");
}

TEST(GraphTest, ToleratesBrokenDefinitions) {
  Graph g = Build(R"({"StartAt": "Nope", "States": {"A": {"Type": 3, "Next": "Missing"}, "B": 7}})");
  EXPECT_EQ(g.scopes[0].start, "");
  EXPECT_EQ(g.nodes.size(), 2u);
  EXPECT_TRUE(g.edges.empty());
  EXPECT_TRUE(Build("[]").nodes.empty());
}

TEST(GraphTest, PrintsDotAndMermaid) {
  Graph g = Build(kMachine);
  std::string dot = ToDot(g);
  EXPECT_NE(dot.find("\"/States/Check\" [shape=diamond, label=\"Check\\nChoice\"];"), std::string::npos) << dot;
  EXPECT_NE(dot.find("subgraph \"cluster_/States/Work/Branches/0\" {"), std::string::npos);
  EXPECT_NE(dot.find("[label=\"States.ALL\", style=dashed, color=red]"), std::string::npos);
  std::string mermaid = ToMermaid(g);
  EXPECT_EQ(mermaid.rfind("flowchart TD\n", 0), 0u);
  EXPECT_NE(mermaid.find("n0 -->|$.n < 10| n1"), std::string::npos) << mermaid;
  EXPECT_NE(mermaid.find("n0 -->|($.s == #quot;x#quot;) and (not($.b is present))| n3"), std::string::npos) << mermaid;
  EXPECT_NE(mermaid.find("subgraph n1_1[\"Work · Branch 1\"]"), std::string::npos);
  EXPECT_NE(mermaid.find("n1 -.-> n2"), std::string::npos);
  std::string json_text = ToJson(g);
  EXPECT_NE(json_text.find("\"kind\": \"catch\""), std::string::npos);
}

TEST(RuleLabelTest, SummarizesOperatorsAndShortensLongOnes) {
  auto label = [](const char* text) { return RuleLabel(*json::ParseValue(text)); };
  EXPECT_EQ(label(R"({"Variable": "$.a", "IsNull": false})"), "$.a is not null");
  EXPECT_EQ(label(R"({"Variable": "$.a", "TimestampLessThanPath": "$.b"})"), "$.a < $.b");
  EXPECT_EQ(label(R"({"Condition": "{% $x > 1 %}"})"), "{% $x > 1 %}");
  EXPECT_EQ(label(R"({"Variable": "$.a"})"), "rule");
  std::string long_label = label(R"({"Variable": "$.a", "StringEquals": "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"})");
  EXPECT_LE(long_label.size(), kMaxLabelLength + 3);
  EXPECT_EQ(long_label.substr(long_label.size() - 3), "…");
}

}  // namespace
}  // namespace asl::graph
