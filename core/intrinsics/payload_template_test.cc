#include "core/intrinsics/payload_template.h"

#include <gtest/gtest.h>

#include <optional>

#include "core/intrinsics/expression.h"
#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::intrinsics {
namespace {

json::Value J(std::string_view text) {
  auto value = json::ParseValue(text);
  EXPECT_TRUE(value.has_value()) << text;
  return value.value_or(json::Value());
}

class Variables : public path::VariableLookup {
 public:
  const json::Value* FindVariable(std::string_view name) const override { return vars_.Find(name); }
  json::Value vars_ = J(R"({"greeting": "hi", "list": [1, 2]})");
};

std::string Apply(std::string_view tmpl, std::string_view input) {
  auto compiled = PayloadTemplate::Compile(J(tmpl));
  if (auto* problem = std::get_if<TemplateProblem>(&compiled)) {
    return "PROBLEM " + problem->pointer + ": " + problem->problem.message;
  }
  json::Value in = J(input);
  json::Value context = J(R"({"Execution": {"Id": "exec-1"}, "Map": {"Item": {"Index": 2}}})");
  Variables variables;
  SeededRandom random(1);
  path::Environment env{&in, &context, &variables};
  Result result = std::get<PayloadTemplate>(compiled).Evaluate(env, &random);
  if (auto* failure = std::get_if<Failure>(&result)) {
    return "ERROR " + failure->error + ": " + failure->cause;
  }
  return json::Serialize(std::get<json::Value>(result));
}

TEST(PayloadTemplateTest, ReplacesDollarFieldsRecursively) {
  const char* tmpl = R"js({"static": 1, "a.$": "$.x", "ctx.$": "$$.Execution.Id",
      "var.$": "$greeting", "idx.$": "$$.Map.Item.Index",
      "nested": {"b.$": "$.y[0]", "keep": [1, {"c.$": "$list[1]"}]},
      "call.$": "States.Format('{}-{}', $.x, $greeting)"})js";
  EXPECT_EQ(Apply(tmpl, R"({"x": "X", "y": [true]})"),
            R"({"static":1,"a":"X","ctx":"exec-1","var":"hi","idx":2,)"
            R"("nested":{"b":true,"keep":[1,{"c":2}]},"call":"X-hi"})");
  EXPECT_EQ(Apply(R"({"all.$": "$", "many.$": "$.l[*].v"})", R"({"l": [{"v": 1}, {"v": 2}]})"),
            R"({"all":{"l":[{"v":1},{"v":2}]},"many":[1,2]})");
  EXPECT_EQ(Apply(R"([{"a.$": "$.x"}, "$.x"])", R"({"x": 5})"), R"([{"a":5},"$.x"])");
  // "a" beside "a.$": one member "a", at the first one's place, with the later value.
  EXPECT_EQ(Apply(R"({"a": 1, "b.$": "$.x", "a.$": "$.x"})", R"({"x": 5})"), R"({"a":5,"b":5})");
}

TEST(PayloadTemplateTest, AFailureInsideNestedNodesLeavesNothingForTheNextEvaluation) {
  // Built nodes gather on per-thread stacks: a field that fails deep inside objects and arrays
  // fails the whole template, and the next template's objects hold only their own members.
  const char* failing = R"({"a": 1, "b": [{"c.$": "$.x", "d": [{"e.$": "$.missing"}]}], "z": 2})";
  EXPECT_EQ(Apply(failing, R"({"x": 5})").rfind("ERROR States.Runtime", 0), 0u);
  EXPECT_EQ(Apply(R"({"p": [{"q.$": "$.x"}, 3], "r.$": "$.x"})", R"({"x": 5})"),
            R"({"p":[{"q":5},3],"r":5})");
}

TEST(PayloadTemplateTest, StaticTemplatesAreReturnedAsIs) {
  json::Value tmpl = J(R"({"a": {"b": [1, 2]}, "c": "$.not_a_path"})");
  auto compiled = PayloadTemplate::Compile(tmpl);
  ASSERT_TRUE(std::holds_alternative<PayloadTemplate>(compiled));
  const PayloadTemplate& t = std::get<PayloadTemplate>(compiled);
  EXPECT_TRUE(t.is_static());
  path::Environment env;
  Result result = t.Evaluate(env, nullptr);
  EXPECT_TRUE(std::get<json::Value>(result).SameAs(tmpl));
}

TEST(PayloadTemplateTest, MissingPathIsARuntimeErrorNamingTheField) {
  EXPECT_EQ(Apply(R"({"JobName.$": "$.JobName"})", "{}"),
            "ERROR States.Runtime: The JSONPath '$.JobName' specified for the field 'JobName.$' "
            "could not be found in the input '{}'");
  EXPECT_EQ(Apply(R"({"o": {"deep.$": "$.a.b"}})", R"({"a": 1})"),
            "ERROR States.Runtime: The JSONPath '$.a.b' specified for the field 'deep.$' could "
            "not be found in the input '{\"a\":1}'");
  const char* call = R"js({"r.$": "States.ArrayGetItem($.l, 5)"})js";
  EXPECT_EQ(Apply(call, R"({"l": []})"),
            "ERROR States.IntrinsicFailure: The index 5 is out of bounds for States.ArrayGetItem "
            "on an array of 0 items.");
}

TEST(PayloadTemplateTest, CompileProblemsCarryThePointer) {
  EXPECT_EQ(Apply(R"({"a": [{"b.$": "$.x["}]})", "{}"),
            "PROBLEM /a/0/b.$: Unclosed '['; add the closing ']'.");
  EXPECT_EQ(Apply(R"({"a.$": 3})", "{}"),
            "PROBLEM /a.$: The value of 'a.$' must be a string holding a path or an intrinsic "
            "call, because its name ends in '.$'.");
  EXPECT_EQ(Apply(R"({"a.$": "hello"})", "{}"),
            "PROBLEM /a.$: A field ending in '.$' must hold a path ($.field, $$.Context or "
            "$variable) or an intrinsic call such as States.Format('{}', $.a); 'hello' is "
            "neither.");
  const char* misspelled = R"js({"a.$": "States.Formatt('x')"})js";
  EXPECT_EQ(Apply(misspelled, "{}"),
            "PROBLEM /a.$: Unknown intrinsic function 'States.Formatt'; did you mean "
            "'States.Format'?");
}

TEST(PayloadTemplateTest, DefinitePathFieldsAgreeWithTheExpressionsGeneralEvaluation) {
  // A definite path field reads the selected value in place (Path::Select); the template's
  // value and failure must be what Expression::Evaluate gives, on hits and misses alike.
  const char* inputs[] = {R"({"i": 3, "task": {"value": [1, {"x": null}]}, "s": "t"})",
                          R"({"i": {"task": 1}, "task": "value"})",
                          "[1, 2, 3]",
                          "\"text\"",
                          "null",
                          "{}"};
  const char* paths[] = {"$",
                         "$.i",
                         "$.task",
                         "$.task.value",
                         "$.task.value[1].x",
                         "$.task.value[-1]",
                         "$.task.value[2]",
                         "$[0]",
                         "$.s.length",
                         "$['i']['task']",
                         "$$.Execution.Id",
                         "$$.Map.Item",
                         "$greeting",
                         "$list[1]",
                         "$list[5]",
                         "$unknown.a"};
  json::Value context = J(R"({"Execution": {"Id": "exec-1"}, "Map": {"Item": {"Index": 2}}})");
  Variables variables;
  for (const char* input_text : inputs) {
    json::Value input = J(input_text);
    path::Environment env{&input, &context, &variables};
    for (const char* path : paths) {
      auto expression = Expression::Compile(path);
      ASSERT_TRUE(std::holds_alternative<Expression>(expression)) << path;
      Result general = std::get<Expression>(expression).Evaluate(env, nullptr, "v.$");
      auto compiled = PayloadTemplate::Compile(json::Value(json::Members{{"v.$", path}}));
      ASSERT_TRUE(std::holds_alternative<PayloadTemplate>(compiled)) << path;
      json::Value out;
      std::optional<Failure> failure =
          std::get<PayloadTemplate>(compiled).EvaluateInto(env, nullptr, out);
      if (auto* expected = std::get_if<Failure>(&general)) {
        ASSERT_TRUE(failure.has_value()) << path << " on " << input_text;
        EXPECT_EQ(failure->error, expected->error);
        EXPECT_EQ(failure->cause, expected->cause);
      } else {
        ASSERT_FALSE(failure.has_value()) << path << " on " << input_text;
        const json::Value* v = out.Find("v");
        ASSERT_NE(v, nullptr);
        EXPECT_TRUE(v->SameAs(std::get<json::Value>(general))) << path << " on " << input_text;
        EXPECT_EQ(out.size(), 1u);
      }
    }
  }
}

TEST(ExpressionTest, PathOrCall) {
  auto path = Expression::Compile("$.a");
  ASSERT_TRUE(std::holds_alternative<Expression>(path));
  EXPECT_FALSE(std::get<Expression>(path).is_call());
  auto call = Expression::Compile("States.UUID()");
  ASSERT_TRUE(std::holds_alternative<Expression>(call));
  EXPECT_TRUE(std::get<Expression>(call).is_call());
  EXPECT_EQ(std::get<Expression>(call).text(), "States.UUID()");
}

}  // namespace
}  // namespace asl::intrinsics
