#include "tests/fuzz/fixed_document.h"

#include <string_view>

#include "core/json/parser.h"

namespace asl::fuzz {

namespace {

json::Value ParseOrNull(std::string_view text) {
  std::optional<json::Value> value = json::ParseValue(text);
  return value ? *value : json::Value();
}

}  // namespace

const json::Value& FixedInput() {
  static const json::Value* input = new json::Value(ParseOrNull(R"({
    "store": {"book": [
      {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
      {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99,
       "isbn": "0-553-21311-3"},
      {"category": "fiction", "author": "J. R. R. Tolkien", "price": 22.99, "tags": ["a", "b"]}],
      "bicycle": {"color": "red", "price": 19.95}},
    "items": [1, 2, 3, 4, 5, 2.5, -1, 0],
    "name": "World", "n": 42, "flag": true, "nothing": null, "empty": {}, "none": [],
    "text": "aGVsbG8=", "json": "{\"a\":[1,{\"b\":2}]}", "nested": [[1, [2, [3, [4]]]]],
    "unicode": "\u00e9\ud83d\ude00", "big": 9007199254740993, "tiny": 1e-300
  })"));
  return *input;
}

const json::Value& FixedContext() {
  static const json::Value* context = new json::Value(ParseOrNull(R"({
    "Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:m:e",
                  "Input": {"a": 1}, "Name": "e", "StartTime": "2024-01-01T00:00:00.000Z"},
    "State": {"EnteredTime": "2024-01-01T00:00:00.000Z", "Name": "S", "RetryCount": 0},
    "StateMachine": {"Id": "arn:aws:states:us-east-1:123456789012:stateMachine:m", "Name": "m"},
    "Map": {"Item": {"Index": 3, "Value": {"k": "v"}}}
  })"));
  return *context;
}

const json::Value* FixedVariables::FindVariable(std::string_view name) const {
  static const json::Value* x = new json::Value(int64_t{7});
  static const json::Value* items = new json::Value(ParseOrNull(R"([1, "two", {"three": 3}])"));
  static const json::Value* obj = new json::Value(ParseOrNull(R"({"a": {"b": [10, 20]}})"));
  if (name == "x") return x;
  if (name == "items") return items;
  if (name == "obj") return obj;
  return nullptr;
}

const path::Environment& FixedEnvironment() {
  static const FixedVariables* variables = new FixedVariables();
  static const path::Environment* env =
      new path::Environment{&FixedInput(), &FixedContext(), variables};
  return *env;
}

}  // namespace asl::fuzz
