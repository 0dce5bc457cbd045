#include "core/api/asl.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::api {
namespace {

TEST(ApiTest, ValidReportHasNoDiagnostics) {
  ValidationReport report =
      Validate(R"({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}})");
  EXPECT_TRUE(report.valid);
  EXPECT_EQ(ToJson(report), R"({"valid":true,"diagnostics":[]})");
}

TEST(ApiTest, InvalidReportCarriesPointerAndRange) {
  ValidationReport report = Validate("{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}}\n}");
  EXPECT_FALSE(report.valid);
  json::Value value = *json::ParseValue(ToJson(report));
  const json::Value* found = nullptr;
  for (const json::Value& d : value.Find("diagnostics")->as_array()) {
    if (d.Find("code")->as_string() == "MISSING_TRANSITION_TARGET") found = &d;
  }
  ASSERT_NE(found, nullptr) << ToJson(report);
  const json::Value& first = *found;
  EXPECT_EQ(first.Find("severity")->as_string(), "error");
  EXPECT_EQ(first.Find("path")->as_string(), "/States/A/Next");
  EXPECT_EQ(first.Find("range")->Find("start")->Find("line")->as_int(), 3);
}

TEST(ApiTest, GraphInEachFormatAndErrorsForNonJson) {
  std::string out, error;
  const char* text = R"({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}})";
  ASSERT_TRUE(Graph(text, "json", &out, &error));
  EXPECT_NE(out.find("\"name\": \"A\""), std::string::npos);
  ASSERT_TRUE(Graph(text, "mermaid", &out, &error));
  EXPECT_EQ(out.rfind("flowchart TD", 0), 0u);
  ASSERT_TRUE(Graph(text, "dot", &out, &error));
  EXPECT_EQ(out.rfind("digraph", 0), 0u);
  EXPECT_FALSE(Graph("{", "json", &out, &error));
  EXPECT_NE(error.find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace asl::api
