// FindJsonataReferences on compiled expressions, and the validator's use of it: which names are
// read at the top level and where $states.result / $states.errorOutput may appear.
#include "core/validate/rules/jsonata_references.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/jsonata/jsonata.h"
#include "core/validate/codes.h"
#include "core/validate/validator_test_support.h"

namespace asl::validate {
namespace {

using Kind = JsonataReference::Kind;

std::vector<JsonataReference> Find(std::string_view source) {
  auto compiled = jsonata::Compile(source);
  const auto* expression = std::get_if<jsonata::Expression>(&compiled);
  EXPECT_NE(expression, nullptr) << source;
  if (expression == nullptr) return {};
  return FindJsonataReferences(expression->ast(), expression->source());
}

std::vector<std::string> TopLevelNames(std::string_view source) {
  std::vector<std::string> names;
  for (const JsonataReference& r : Find(source)) {
    if (r.kind == Kind::kTopLevelName) names.push_back(r.name);
  }
  return names;
}

TEST(JsonataReferencesTest, NamesReadAgainstTheAbsentContextItem) {
  using V = std::vector<std::string>;
  EXPECT_EQ(TopLevelNames("total"), V{"total"});
  EXPECT_EQ(TopLevelNames("order.total + tax"), (V{"order", "tax"}));
  EXPECT_EQ(TopLevelNames("$"), V{"$"});
  EXPECT_EQ(TopLevelNames("$$.x"), V{"$$"});
  EXPECT_EQ(TopLevelNames("{a: 1}"), V{"a"});
  EXPECT_EQ(TopLevelNames("$count(items) > 0 ? yes : no"), (V{"items", "yes", "no"}));
  EXPECT_EQ(TopLevelNames("$map($states.input.a, function($v) { b })"), V{"b"});
  EXPECT_EQ(TopLevelNames("( $x := y; $x )"), V{"y"});
  EXPECT_EQ(TopLevelNames("x + x"), V{"x"});  // Each name once.
}

TEST(JsonataReferencesTest, StepsPredicatesAndVariablesAreNotTopLevel) {
  EXPECT_TRUE(TopLevelNames("$states.input.items[price > 10].name").empty());
  EXPECT_TRUE(TopLevelNames("$states.input.items^(>price){category: $sum(price)}").empty());
  EXPECT_TRUE(TopLevelNames("$myVariable.field & 'text' & 3").empty());
  EXPECT_TRUE(TopLevelNames("$map($states.input.a, function($v) { $v.b })").empty());
  EXPECT_TRUE(TopLevelNames("$states.input ~> |$|{'a': b}|").empty());
  EXPECT_TRUE(TopLevelNames("{'key': $states.input.value}").empty());
}

TEST(JsonataReferencesTest, FindsStatesFieldsAnywhereWithTheirPlace) {
  std::string source = "$count($filter($states.input.a, function($v) { $v = $states.result.b }))";
  std::vector<JsonataReference> refs = Find(source);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].kind, Kind::kStatesResult);
  EXPECT_EQ(source.substr(refs[0].offset, refs[0].length), "$states.result");

  refs = Find("{'e': $states.errorOutput.Error}");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].kind, Kind::kStatesErrorOutput);
  EXPECT_TRUE(Find("$states.input.result & $states.context.errorOutput").empty());
}

TEST(JsonataReferencesTest, TopLevelNamePlace) {
  std::string source = "1 + total";
  std::vector<JsonataReference> refs = Find(source);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(source.substr(refs[0].offset, refs[0].length), "total");
}

// ---- In the validator ----

std::string Machine(std::string_view states) {
  return R"({"QueryLanguage": "JSONata", "StartAt": "S", "States": {)" + std::string(states) + "}}";
}

int Count(const ValidationResult& r, std::string_view code) {
  int n = 0;
  for (const diag::Diagnostic& d : r.diagnostics) n += d.code == code;
  return n;
}

TEST(JsonataReferencesTest, ResultIsAllowedInOutputAndAssignOfTaskParallelAndMap) {
  ValidationResult r = Validate(Machine(R"(
    "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Output": "{% $states.result.Payload %}", "Assign": {"r": "{% $states.result %}"},
          "Next": "P"},
    "P": {"Type": "Parallel", "Output": "{% $states.result[0] %}", "Next": "M",
          "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]},
    "M": {"Type": "Map", "Items": [1], "Assign": {"n": "{% $count($states.result) %}"},
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "End": true})"));
  EXPECT_TRUE(r.valid()) << Dump(r);
}

TEST(JsonataReferencesTest, ResultIsRefusedElsewhere) {
  ValidationResult r = Validate(Machine(R"(
    "S": {"Type": "Pass", "Output": "{% $states.result %}", "Next": "C"},
    "C": {"Type": "Choice", "Default": "T",
          "Choices": [{"Condition": "{% $states.result.ok %}", "Next": "T"}]},
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Arguments": {"x": "{% $states.result %}"}, "TimeoutSeconds": "{% $states.result.t %}",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.result %}",
                     "Next": "F"}],
          "End": true},
    "F": {"Type": "Fail", "Error": "{% $states.result.e %}"})"));
  EXPECT_EQ(Count(r, code::kStatesResultNotAvailable), 6) << Dump(r);
  const diag::Diagnostic* catcher = nullptr;
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.path == "/States/T/Catch/0/Output") catcher = &d;
  }
  ASSERT_NE(catcher, nullptr) << Dump(r);
  EXPECT_NE(catcher->message.find("read the error as $states.errorOutput"), std::string::npos)
      << catcher->message;
}

TEST(JsonataReferencesTest, ErrorOutputOnlyInACatchersOutputAndAssign) {
  ValidationResult ok = Validate(Machine(R"(
    "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F",
                     "Output": {"e": "{% $states.errorOutput.Error %}"},
                     "Assign": {"cause": "{% $states.errorOutput.Cause %}"}}]},
    "F": {"Type": "Fail"})"));
  EXPECT_TRUE(ok.valid()) << Dump(ok);

  ValidationResult bad = Validate(Machine(R"(
    "S": {"Type": "Pass", "Assign": {"e": "{% $states.errorOutput %}"}, "Next": "C"},
    "C": {"Type": "Choice", "Default": "F",
          "Choices": [{"Condition": "{% $exists($states.errorOutput) %}", "Next": "F"}]},
    "F": {"Type": "Fail"})"));
  EXPECT_EQ(Count(bad, code::kStatesErrorOutputNotAvailable), 2) << Dump(bad);
}

TEST(JsonataReferencesTest, TopLevelNameIsUnderlinedInsideTheString) {
  std::string text = Machine(R"(
    "S": {"Type": "Pass", "Output": {"sum": "{% price * quantity %}"}, "End": true})");
  ValidationResult r = Validate(text);
  ASSERT_EQ(Count(r, code::kUnsupportedJsonataExpression), 2) << Dump(r);
  const diag::Diagnostic& first = r.diagnostics[0];
  EXPECT_EQ(first.path, "/States/S/Output/sum");
  EXPECT_EQ(first.range.start, PositionOf(text, "price"));
  EXPECT_NE(first.message.find("'price' at the top level"), std::string::npos) << first.message;
}

TEST(JsonataReferencesTest, JsonPathStatesAreNotChecked) {
  EXPECT_TRUE(Validate(R"({"StartAt": "S", "States": {
    "S": {"Type": "Pass", "Result": "{% total %}", "End": true}}})")
                  .valid());
}

}  // namespace
}  // namespace asl::validate
