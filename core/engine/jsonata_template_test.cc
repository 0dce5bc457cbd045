#include "core/engine/jsonata_template.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/engine/execution_test_support.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::J;

std::variant<json::Value, JsonataProblem> Eval(const JsonataTemplate& t) {
  jsonata::Bindings bindings;
  bindings.Set("x", json::Value(2));
  return t.Evaluate(bindings, jsonata::Limits());
}

TEST(JsonataTemplateTest, LiteralSubtreesAreSharedNotRebuilt) {
  json::Value literal = J(R"({"deep": [1, {"s": "no expression"}]})");
  json::Value tmpl = J(R"({"a": "{% $x * 21 %}"})").With("b", literal);
  JsonataTemplate t = JsonataTemplate::Compile(tmpl, "Output");
  auto out = Eval(t);
  ASSERT_TRUE(std::holds_alternative<json::Value>(out));
  const json::Value& value = std::get<json::Value>(out);
  EXPECT_EQ(*value.Find("a"), json::Value(42));
  EXPECT_TRUE(value.Find("b")->SameAs(literal));
  EXPECT_FALSE(t.is_expression());
}

TEST(JsonataTemplateTest, WholeStringExpressionIsTrimmed) {
  JsonataTemplate t = JsonataTemplate::Compile(json::Value("{%  $x + 1\n%}"), "Items");
  EXPECT_TRUE(t.is_expression());
  EXPECT_EQ(t.expression_text(), "$x + 1");
  EXPECT_EQ(std::get<json::Value>(Eval(t)), json::Value(3));
}

TEST(JsonataTemplateTest, ProblemsNameTheFieldPath) {
  auto problem = [](const char* tmpl) {
    auto out = Eval(JsonataTemplate::Compile(J(tmpl), "Output"));
    return std::holds_alternative<JsonataProblem>(out) ? std::get<JsonataProblem>(out)
                                                       : JsonataProblem{"no problem", ""};
  };
  JsonataProblem undefined = problem(R"({"a": {"b": ["{% $nope %}"]}})");
  EXPECT_EQ(undefined.location, "Output/a/b");
  EXPECT_EQ(undefined.detail,
            "The JSONata expression '$nope' specified for the field 'Output/a/b' returned "
            "nothing (undefined).");
  JsonataProblem function = problem(R"("{% function($v){$v} %}")");
  EXPECT_EQ(function.detail,
            "The JSONata expression 'function($v){$v}' specified for the field 'Output' returned "
            "an unsupported result type.");
  JsonataProblem syntax = problem(R"({"s": "{% 1 + %}"})");
  EXPECT_EQ(syntax.location, "Output/s");
  EXPECT_THAT(syntax.detail, ::testing::StartsWith("The JSONata expression '1 +' specified for "
                                                   "the field 'Output/s' threw an error"));
  JsonataProblem runtime = problem(R"("{% $x & 1 + 'a' %}")");
  EXPECT_THAT(runtime.detail,
              ::testing::StartsWith("An error occurred while evaluating the JSONata expression "
                                    "'$x & 1 + 'a'' specified for the field 'Output': "));
}

TEST(JsonataTemplateTest, AbsentTemplateIsNotPresent) {
  JsonataTemplate t = JsonataTemplate::Compile(std::optional<json::Value>(), "Output");
  EXPECT_FALSE(t.present());
  EXPECT_EQ(std::get<json::Value>(Eval(t)), json::Value());
}

TEST(JsonataTemplateTest, DeepNestingIsAProblemNotACrash) {
  json::Value v("{% 1 %}");
  for (int i = 0; i < 500; ++i) v = json::Value(json::Array{v});
  auto out = Eval(JsonataTemplate::Compile(v, "Output"));
  ASSERT_TRUE(std::holds_alternative<JsonataProblem>(out));
  EXPECT_EQ(std::get<JsonataProblem>(out).detail, "The field 'Output' is nested too deeply.");
}

}  // namespace
}  // namespace asl::engine
