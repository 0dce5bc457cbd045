#include "core/intrinsics/intrinsic.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::intrinsics {
namespace {

json::Value J(std::string_view text) {
  auto value = json::ParseValue(text);
  EXPECT_TRUE(value.has_value()) << text;
  return value.value_or(json::Value());
}

class FixedVariables : public path::VariableLookup {
 public:
  const json::Value* FindVariable(std::string_view name) const override { return vars_.Find(name); }
  json::Value vars_ = J(R"({"template": "It's {}!", "n": 5})");
};

// Evaluates `call` against `input`; "ERROR <error>: <cause>" on failure, else the JSON result.
std::string Call(std::string_view call, std::string_view input = "{}",
                 RandomSource* random = nullptr) {
  auto parsed = Intrinsic::Parse(call);
  if (auto* problem = std::get_if<path::PathProblem>(&parsed)) return "PARSE " + problem->message;
  json::Value in = J(input);
  json::Value context = J(R"({"StateMachine": {"Name": "my-state-machine"}})");
  FixedVariables variables;
  path::Environment env{&in, &context, &variables};
  Result result = std::get<Intrinsic>(parsed).Evaluate(env, random);
  if (auto* failure = std::get_if<Failure>(&result)) {
    return "ERROR " + failure->error + ": " + failure->cause;
  }
  return json::Serialize(std::get<json::Value>(result));
}

TEST(FormatTest, PrintsValuesTheWayAwsDoes) {
  EXPECT_EQ(Call("States.Format('Formatting argument {}.', $.v)", R"({"v": ""})"),
            R"("Formatting argument .")");
  EXPECT_EQ(Call("States.Format('{} {} {} {} {}', $.a, $.b, $.c, $.d, $.e)",
                 R"({"a": null, "b": 1, "c": 1.1, "d": true, "e": "s"})"),
            R"("null 1 1.1 true s")");
  EXPECT_EQ(Call("States.Format('fst={}', $.o)", R"({"o": {"Arg1": 1, "Arg2": []}})"),
            R"("fst={Arg1=1, Arg2=[]}")");
  EXPECT_EQ(Call("States.Format('{}', $.l)", R"({"l": [1, "a", {"k": null}]})"),
            R"("[1, a, {k=null}]")");
  EXPECT_EQ(Call("States.Format('\\{\\} {} \\'q\\' \\\\', 7)"), R"("{} 7 'q' \\")");
  EXPECT_EQ(Call("States.Format($template, $$.StateMachine.Name)"), R"("It's my-state-machine!")");
  EXPECT_EQ(Call("States.Format('Format:{}', 101)"), R"("Format:101")");
  EXPECT_EQ(Call("States.Format('{} {} {} {} {} {}', 1.0E7, 12345678.9, 0.00001, 0.001, 2.0, $.l)",
                 R"({"l": [-1e21, 123456.7]})"),
            R"("1.0E7 1.23456789E7 1.0E-5 0.001 2.0 [-1.0E21, 123456.7]")");
}

TEST(FormatTest, PlaceholderCountMustMatch) {
  EXPECT_EQ(Call("States.Format('{} and {}', 1)"),
            "ERROR States.IntrinsicFailure: The template of States.Format has 2 placeholders but "
            "1 value follows it; give one value for each {}.");
  EXPECT_EQ(Call("States.Format($.t)", R"({"t": 3})"),
            "ERROR States.IntrinsicFailure: The template argument of States.Format must be a "
            "string; got 3.");
}

TEST(PathArgumentsTest, MissingPathIsARuntimeError) {
  EXPECT_EQ(Call("States.Format('{}', $.missing)", R"({"a":1})"),
            "ERROR States.Runtime: The JsonPath argument for the field '$.missing' could not be "
            "found in the input '{\"a\":1}'");
  EXPECT_EQ(Call("States.Array($nothing)").substr(0, 20), "ERROR States.Runtime");
  EXPECT_EQ(Call("States.ArrayLength($.l[*].x)", R"({"l":[{"x":1},{"y":2},{"x":3}]})"), "2");
}

TEST(JsonFunctionsTest, StringToJson) {
  EXPECT_EQ(Call("States.StringToJson($.s)", R"({"s": ""})"), "null");
  EXPECT_EQ(Call("States.StringToJson($.s)", R"({"s": " "})"), "null");
  EXPECT_EQ(Call("States.StringToJson($.s)", R"({"s": "1.1"})"), "1.1");
  EXPECT_EQ(Call("States.StringToJson($.s)", R"({"s": "{\"Arg1\": 1, \"Arg2\": []}"})"),
            R"({"Arg1":1,"Arg2":[]})");
  EXPECT_EQ(Call("States.StringToJson('{\"a\": 1')").substr(0, 93),
            "ERROR States.IntrinsicFailure: The string argument of States.StringToJson is not "
            "valid JSON: ");
  EXPECT_EQ(Call("States.StringToJson($.n)", R"({"n": 1})"),
            "ERROR States.IntrinsicFailure: The string argument of States.StringToJson must be a "
            "string; got 1.");
}

TEST(JsonFunctionsTest, JsonToStringAndMerge) {
  EXPECT_EQ(Call("States.JsonToString($.v)", R"({"v": {"Arg1": 1, "Arg2": []}})"),
            R"("{\"Arg1\":1,\"Arg2\":[]}")");
  EXPECT_EQ(Call("States.JsonToString($.v)", R"({"v": "HelloWorld"})"), R"("\"HelloWorld\"")");
  EXPECT_EQ(Call("States.JsonMerge($.a, $.b, false)",
                 R"({"a": {"a": {"a1": 1, "a2": 2}, "b": 2}, "b": {"a": {"a3": 1, "a4": 2}, "c": 3,
                    "d": 4}})"),
            R"({"a":{"a3":1,"a4":2},"b":2,"c":3,"d":4})");
  EXPECT_EQ(Call("States.JsonMerge(States.StringToJson('{\"x\": \"false\"}'), $.o, false)",
                 R"({"o": {"y": 1}})"),
            R"({"x":"false","y":1})");
  EXPECT_EQ(Call("States.JsonMerge($.a, $.b, $.f)", R"({"a": {}, "b": {}, "f": true})"),
            "ERROR States.IntrinsicFailure: States.JsonMerge supports only a shallow merge; its "
            "deep merge flag must be false.");
  EXPECT_EQ(Call("States.JsonMerge($.a, $.b, false)", R"({"a": [], "b": {}})"),
            "ERROR States.IntrinsicFailure: The object argument of States.JsonMerge must be an "
            "object; got [].");
}

TEST(ArrayFunctionsTest, ArrayAndLength) {
  EXPECT_EQ(Call("States.Array()"), "[]");
  EXPECT_EQ(Call("States.Array('a', 1, $.x, null)", R"({"x": {"k": true}})"),
            R"(["a",1,{"k":true},null])");
  EXPECT_EQ(Call("States.ArrayLength($.l)", R"({"l": [1, 2, 3]})"), "3");
  EXPECT_EQ(Call("States.ArrayLength($.l)", R"({"l": "abc"})"),
            "ERROR States.IntrinsicFailure: The array argument of States.ArrayLength must be an "
            "array; got \"abc\".");
}

TEST(ArrayFunctionsTest, Partition) {
  EXPECT_EQ(Call("States.ArrayPartition($.l, 2)", R"({"l": [0, 1, 2, 3, 4]})"),
            "[[0,1],[2,3],[4]]");
  EXPECT_EQ(Call("States.ArrayPartition($.l, 5)", R"({"l": [0, 1]})"), "[[0,1]]");
  EXPECT_EQ(Call("States.ArrayPartition($.l, 1)", R"({"l": []})"), "[]");
  EXPECT_EQ(Call("States.ArrayPartition($.l, $.n)", R"({"l": [1], "n": 0})"),
            "ERROR States.IntrinsicFailure: The chunk size argument of States.ArrayPartition must "
            "be greater than 0; got 0.");
  EXPECT_EQ(Call("States.ArrayPartition($.l, $.n)", R"({"l": [1], "n": 1.5})"),
            "ERROR States.IntrinsicFailure: The chunk size argument of States.ArrayPartition must "
            "be an integer; got 1.5.");
}

TEST(ArrayFunctionsTest, Contains) {
  EXPECT_EQ(Call("States.ArrayContains($.l, $.v)", R"({"l": [[1, 2, 3], 2], "v": [1, 2, 3]})"),
            "true");
  EXPECT_EQ(Call("States.ArrayContains($.l, $.v)", R"({"l": [], "v": null})"), "false");
  EXPECT_EQ(Call("States.ArrayContains($.l, $.v)", R"({"l": [{"1": 2, "2": []}], "v": []})"),
            "false");
  EXPECT_EQ(Call("States.ArrayContains($.l, false)", R"({"l": [true, false]})"), "true");
  EXPECT_EQ(Call("States.ArrayContains($.l, 1)", R"({"l": {}})").substr(0, 30),
            "ERROR States.IntrinsicFailure:");
}

TEST(ArrayFunctionsTest, Range) {
  EXPECT_EQ(Call("States.ArrayRange(0, 9, 3)"), "[0,3,6,9]");
  EXPECT_EQ(Call("States.ArrayRange(0, 10, 3)"), "[0,3,6,9]");
  EXPECT_EQ(Call("States.ArrayRange(1, 9, 9)"), "[1]");
  EXPECT_EQ(Call("States.ArrayRange(5, 1, -2)"), "[5,3,1]");
  EXPECT_EQ(Call("States.ArrayRange(5, 1, 2)"), "[]");
  EXPECT_EQ(Call("States.ArrayRange(1, 1000, 1)").size(), 3894u);
  EXPECT_EQ(Call("States.ArrayRange(0, 1000, 1)"),
            "ERROR States.IntrinsicFailure: States.ArrayRange can create at most 1000 items; "
            "start 0, end 1000 and step 1 would create more.");
  EXPECT_EQ(Call("States.ArrayRange(0, $.x, 0)", R"({"x": 3})"),
            "ERROR States.IntrinsicFailure: The step argument of States.ArrayRange must be a "
            "non-zero integer; got 0.");
  EXPECT_EQ(Call("States.ArrayRange($.a, 3, 1)", R"({"a": "0"})"),
            "ERROR States.IntrinsicFailure: The start argument of States.ArrayRange must be an "
            "integer; got \"0\".");
}

TEST(ArrayFunctionsTest, GetItemAndUnique) {
  EXPECT_EQ(Call("States.ArrayGetItem($.l, 1)", R"({"l": [5, 6, 7]})"), "6");
  EXPECT_EQ(Call("States.ArrayGetItem($.l, 3)", R"({"l": [5, 6, 7]})"),
            "ERROR States.IntrinsicFailure: The index 3 is out of bounds for States.ArrayGetItem "
            "on an array of 3 items.");
  EXPECT_EQ(Call("States.ArrayGetItem($.l, -1)", R"({"l": [5]})").substr(0, 30),
            "ERROR States.IntrinsicFailure:");
  EXPECT_EQ(Call("States.ArrayUnique($.l)",
                 R"({"l": [null, null, 1, 1, "a", "a", [], [], {"a": 1}, {"a": 1}, {"a": 2}]})"),
            R"([null,1,"a",[],{"a":1},{"a":2}])");
}

TEST(NestedCallsTest, EvaluateInnerCallsFirst) {
  EXPECT_EQ(Call("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), "
                 "States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, "
                 "'-')), -1))"),
            R"("machine")");
}

TEST(EncodingFunctionsTest, Base64AndHash) {
  EXPECT_EQ(Call("States.Base64Encode('Hello World')"), R"("SGVsbG8gV29ybGQ=")");
  EXPECT_EQ(Call("States.Base64Decode('SGVsbG8gV29ybGQ=')"), R"("Hello World")");
  EXPECT_EQ(Call("States.Base64Decode('SGVsbG8@')"),
            "ERROR States.IntrinsicFailure: The base64 string argument of States.Base64Decode "
            "must be valid Base64; got \"SGVsbG8@\".");
  EXPECT_EQ(Call("States.Hash($.d, $.a)", R"({"d": "input data", "a": "SHA-256"})"),
            R"("b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")");
  EXPECT_EQ(Call("States.Hash('x', $.a)", R"({"a": "SHA-3"})"),
            "ERROR States.IntrinsicFailure: The algorithm argument of States.Hash must be one of "
            "MD5, SHA-1, SHA-256, SHA-384, SHA-512; got \"SHA-3\".");
  std::string long_input = R"({"s": ")" + std::string(10001, 'a') + R"("})";
  EXPECT_EQ(Call("States.Base64Encode($.s)", long_input),
            "ERROR States.IntrinsicFailure: The string argument of States.Base64Encode can have "
            "at most 10000 characters; it has 10001.");
  EXPECT_EQ(Call("States.Hash($.s, 'MD5')", long_input).substr(0, 30),
            "ERROR States.IntrinsicFailure:");
  std::string limit_input = R"({"s": ")" + std::string(10000, 'a') + R"("})";
  EXPECT_EQ(Call("States.Hash($.s, 'MD5')", limit_input).size(), 34u);
}

TEST(StringFunctionsTest, SplitDropsEmptyPieces) {
  EXPECT_EQ(Call("States.StringSplit($.s, ',')", R"({"s": ", , ,"})"), R"([" "," "])");
  EXPECT_EQ(Call("States.StringSplit($.s, ',')", R"({"s": ",,,,"})"), "[]");
  EXPECT_EQ(Call("States.StringSplit($.s, $.d)", R"({"s": "This.is+a,test=string", "d": ".+,="})"),
            R"(["This","is","a","test","string"])");
  EXPECT_EQ(Call("States.StringSplit('a\xE2\x9C\x93"
                 "b', '\xE2\x9C\x93')"),
            R"(["a","b"])");
  EXPECT_EQ(Call("States.StringSplit($.s, ',')", R"({"s": 1})").substr(0, 30),
            "ERROR States.IntrinsicFailure:");
}

TEST(MathFunctionsTest, AddRoundsLikeJava) {
  EXPECT_EQ(Call("States.MathAdd($.a, $.b)", R"({"a": -9, "b": 3})"), "-6");
  EXPECT_EQ(Call("States.MathAdd($.a, $.b)", R"({"a": 1.49, "b": 1.5})"), "3");
  EXPECT_EQ(Call("States.MathAdd($.a, $.b)", R"({"a": -1.5, "b": -1.51})"), "-3");
  EXPECT_EQ(Call("States.MathAdd($.a, $.b)", R"({"a": -0.5, "b": 0.5})"), "1");
  EXPECT_EQ(Call("States.MathAdd($.a, $.b)", R"({"a": -2.5, "b": 0})"), "-2");
  EXPECT_EQ(Call("States.MathAdd($n, 1)"), "6");
  EXPECT_EQ(Call("States.MathAdd($.a, 1)", R"({"a": "1"})"),
            "ERROR States.IntrinsicFailure: The number argument of States.MathAdd must be a "
            "number; got \"1\".");
  EXPECT_EQ(Call("States.MathAdd($.a, 1)", R"({"a": 2147483648})"),
            "ERROR States.IntrinsicFailure: The number argument of States.MathAdd must be between "
            "-2147483648 and 2147483647; got 2147483648.");
}

TEST(MathFunctionsTest, RandomIsSeededOrDrawnFromTheSource) {
  // With a seed, java.util.Random's sequence: new Random(3).nextInt(999) == 239.
  EXPECT_EQ(Call("States.MathRandom(0, 999, 3)"), "239");
  EXPECT_EQ(Call("States.MathRandom(10, 20, 42)"), "10");
  SeededRandom a(7), b(7);
  std::string first = Call("States.MathRandom(12.5, 44.51)", "{}", &a);
  EXPECT_EQ(first, Call("States.MathRandom(12.5, 44.51)", "{}", &b));
  ASSERT_TRUE(!first.empty() && first[0] >= '0' && first[0] <= '9') << first;
  int value = std::stoi(first);
  EXPECT_GE(value, 13);
  EXPECT_LT(value, 45);
  EXPECT_EQ(Call("States.MathRandom(5, 5)", "{}", &a),
            "ERROR States.IntrinsicFailure: The start argument of States.MathRandom must be less "
            "than its end argument; got 5 and 5.");
  EXPECT_EQ(Call("States.MathRandom(1, 5)"),
            "ERROR States.Runtime: States.MathRandom needs a random source and none was given.");
}

TEST(MathFunctionsTest, UuidIsVersion4AndReplays) {
  SeededRandom a(1), b(1);
  std::string uuid = Call("States.UUID()", "{}", &a);
  EXPECT_EQ(uuid, Call("States.UUID()", "{}", &b));
  ASSERT_EQ(uuid.size(), 38u);  // 36 characters in quotes.
  EXPECT_EQ(uuid[15], '4');
  EXPECT_NE(std::string("89ab").find(uuid[20]), std::string::npos);
  EXPECT_EQ(uuid[9], '-');
  EXPECT_NE(uuid, Call("States.UUID()", "{}", &a));
}

}  // namespace
}  // namespace asl::intrinsics
