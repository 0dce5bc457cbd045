#include "core/path/path.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::path {
namespace {

json::Value J(std::string_view text) {
  std::string error;
  auto value = json::ParseValue(text, &error);
  EXPECT_TRUE(value.has_value()) << error;
  return value.value_or(json::Value());
}

Path P(std::string_view text) {
  auto parsed = Path::Parse(text);
  if (auto* problem = std::get_if<PathProblem>(&parsed)) {
    ADD_FAILURE() << text << ": " << problem->message;
    return std::get<Path>(Path::Parse("$"));
  }
  return std::get<Path>(std::move(parsed));
}

const char* kStore = R"({
  "store": {
    "book": [
      {"category": "reference", "author": "Rees", "title": "Sayings", "price": 8.95},
      {"category": "fiction", "author": "Waugh", "title": "Sword", "price": 12.99},
      {"category": "fiction", "author": "Melville", "title": "Moby Dick", "isbn": "0-553",
       "price": 8.99},
      {"category": "fiction", "author": "Tolkien", "title": "The Lord", "isbn": "0-395",
       "price": 22.99}
    ],
    "bicycle": {"color": "red", "price": 19.95}
  },
  "limit": 10
})";

std::string Eval(std::string_view path, const json::Value& doc) {
  auto result = P(path).EvaluateOn(doc);
  return result ? json::Serialize(*result) : "<none>";
}

TEST(PathTest, DefinitePathsSelectOneValueOrNothing) {
  json::Value doc = J(kStore);
  EXPECT_EQ(Eval("$.store.bicycle.color", doc), "\"red\"");
  EXPECT_EQ(Eval("$['store']['book'][0]['author']", doc), "\"Rees\"");
  EXPECT_EQ(Eval("$.store.book[-1].author", doc), "\"Tolkien\"");
  EXPECT_EQ(Eval("$.store.book[4]", doc), "<none>");
  EXPECT_EQ(Eval("$.store.missing.x", doc), "<none>");
  EXPECT_EQ(Eval("$.limit.x", doc), "<none>");
  EXPECT_EQ(Eval("$", doc), json::Serialize(doc));
  EXPECT_TRUE(P("$.a[0]").is_definite());
  EXPECT_FALSE(P("$.a[*]").is_definite());
}

TEST(PathTest, DefiniteEvaluationSharesTheValue) {
  json::Value doc = J(kStore);
  auto result = P("$.store.book").EvaluateOn(doc);
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(result->SameAs(*doc.Find("store")->Find("book")));
}

TEST(PathTest, WildcardsUnionsAndSlices) {
  json::Value doc = J(kStore);
  EXPECT_EQ(Eval("$.store.book[*].author", doc), R"(["Rees","Waugh","Melville","Tolkien"])");
  EXPECT_EQ(Eval("$.store.bicycle.*", doc), R"(["red",19.95])");
  EXPECT_EQ(Eval("$.store.book[0,2].author", doc), R"(["Rees","Melville"])");
  EXPECT_EQ(Eval("$.store.book[1:3].author", doc), R"(["Waugh","Melville"])");
  EXPECT_EQ(Eval("$.store.book[:2].author", doc), R"(["Rees","Waugh"])");
  EXPECT_EQ(Eval("$.store.book[-2:].author", doc), R"(["Melville","Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[::2].author", doc), R"(["Rees","Melville"])");
  EXPECT_EQ(Eval("$.store.book[7:9]", doc), "[]");
  EXPECT_EQ(Eval("$.store.bicycle['color','price']", doc), R"([{"color":"red","price":19.95}])");
  EXPECT_EQ(Eval("$.store.book[0]['author','title'].x", doc), "[]");
}

TEST(PathTest, RecursiveDescent) {
  json::Value doc = J(kStore);
  EXPECT_EQ(Eval("$..author", doc), R"(["Rees","Waugh","Melville","Tolkien"])");
  EXPECT_EQ(Eval("$.store..price", doc), R"([8.95,12.99,8.99,22.99,19.95])");
  EXPECT_EQ(Eval("$..book[2].title", doc), R"(["Moby Dick"])");
  EXPECT_EQ(Eval("$..[0].author", doc), R"(["Rees"])");
  EXPECT_EQ(Eval("$..nothing", doc), "[]");
  EXPECT_EQ(Eval("$.limit..*", doc), "[]");
}

TEST(PathTest, RecursiveDescentWithAFilterFindsEachMatchOnce) {
  // Jayway tests the filter on every node the scan visits: array items are found as nodes,
  // not once more through their array.
  json::Value doc = J(R"({"a": [{"x": 6}, {"x": 1}], "b": {"x": 9, "c": {"x": 7}}})");
  std::optional<json::Value> result = P("$..[?(@.x > 5)]").EvaluateOn(doc);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(json::Serialize(*result), R"([{"x":6},{"x":9,"c":{"x":7}},{"x":7}])");
}

TEST(PathTest, Filters) {
  json::Value doc = J(kStore);
  EXPECT_EQ(Eval("$.store.book[?(@.price < 10)].title", doc), R"(["Sayings","Moby Dick"])");
  EXPECT_EQ(Eval("$.store.book[?(@.isbn)].author", doc), R"(["Melville","Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[?(!(@.isbn))].author", doc), R"(["Rees","Waugh"])");
  EXPECT_EQ(Eval("$.store.book[?(@.category == 'fiction' && @.price > 20)].author", doc),
            R"(["Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[?(@.author == \"Rees\" || @.price >= 22.99)].author", doc),
            R"(["Rees","Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[?(@.price > $.limit)].author", doc), R"(["Waugh","Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[?(@.author in ['Rees','Waugh'])].price", doc), R"([8.95,12.99])");
  EXPECT_EQ(Eval("$.store.book[?(@.author nin ['Rees','Waugh'])].price", doc), R"([8.99,22.99])");
  EXPECT_EQ(Eval("$.store.book[?(@.author != 'Rees')].price", doc), R"([12.99,8.99,22.99])");
  EXPECT_EQ(Eval("$.store.book[?(@.isbn != '0-553')].author", doc),
            R"(["Rees","Waugh","Tolkien"])");  // A missing field differs from everything.
  EXPECT_EQ(Eval("$.store.book[?(@.author > 'Storm')].author", doc), R"(["Waugh","Tolkien"])");
  EXPECT_EQ(Eval("$.store.book[?(@.price < 'x')]", doc), "[]");
  EXPECT_EQ(Eval("$.store[?(@.color == 'red')].price", doc), "[]");
  EXPECT_EQ(Eval("$.store.bicycle[?(@.color == 'red')].price", doc), "[19.95]");
  EXPECT_EQ(Eval("$[?(@.n == '1')]", J(R"([{"n":1},{"n":"1"},{"n":2}])")),
            R"([{"n":1},{"n":"1"}])");
  EXPECT_EQ(Eval("$[?(@ > 1)]", J("[1,2,3]")), "[2,3]");
  EXPECT_EQ(Eval("$.store.book[?(@.author =~ /.*el.*/)].author", doc), R"(["Melville"])");
  EXPECT_EQ(Eval("$.store.book[?(@.category =~ /FICTION/i)].price", doc), R"([12.99,8.99,22.99])");
  EXPECT_EQ(Eval("$.store.book[?(@.price =~ /8\\..*/)].title", doc), R"(["Sayings","Moby Dick"])");
  EXPECT_EQ(Eval("$[?(@.ok == true)].id", J(R"([{"ok":true,"id":1},{"ok":false,"id":2}])")), "[1]");
  EXPECT_EQ(Eval("$[?(@.v == null)].id", J(R"([{"v":null,"id":1},{"id":2}])")), "[1]");
  EXPECT_EQ(
      Eval("$[?(@.tags[?(@ == 'x')])].id", J(R"([{"tags":["x"],"id":1},{"tags":[],"id":2}])")),
      "[1]");
}

class MapVariables : public VariableLookup {
 public:
  explicit MapVariables(json::Value vars) : vars_(std::move(vars)) {}
  const json::Value* FindVariable(std::string_view name) const override { return vars_.Find(name); }

 private:
  json::Value vars_;
};

TEST(PathTest, MembershipSizeAndEmptyFilters) {
  json::Value doc = J(R"([{"id": 1, "tags": ["a", "b"], "s": ""},
                          {"id": 2, "tags": ["c"], "s": "xy"},
                          {"id": 3, "tags": [], "s": "z"}])");
  EXPECT_EQ(Eval("$[?(@.tags subsetof ['a','b','c'])].id", doc), "[1,2,3]");
  EXPECT_EQ(Eval("$[?(@.tags subsetof ['a'])].id", doc), "[3]");
  EXPECT_EQ(Eval("$[?(@.tags anyof ['b','c'])].id", doc), "[1,2]");
  EXPECT_EQ(Eval("$[?(@.tags noneof ['b','c'])].id", doc), "[3]");
  EXPECT_EQ(Eval("$[?(@.tags size 2)].id", doc), "[1]");
  EXPECT_EQ(Eval("$[?(@.s size 2)].id", doc), "[2]");
  EXPECT_EQ(Eval("$[?(@.tags empty true)].id", doc), "[3]");
  EXPECT_EQ(Eval("$[?(@.s empty false)].id", doc), "[2,3]");
  EXPECT_EQ(Eval("$[?(@.missing empty true)].id", doc), "[]");
}

TEST(PathTest, EnvironmentRoots) {
  json::Value input = J(R"({"a": 1})");
  json::Value context = J(R"({"Execution": {"Name": "run-1"}})");
  MapVariables variables(J(R"({"x": {"y": [5, 6]}})"));
  Environment env{&input, &context, &variables};
  EXPECT_EQ(*P("$.a").Evaluate(env), json::Value(1));
  EXPECT_EQ(*P("$$.Execution.Name").Evaluate(env), json::Value("run-1"));
  EXPECT_EQ(*P("$x.y[1]").Evaluate(env), json::Value(6));
  EXPECT_EQ(*P("$x.y[*]").Evaluate(env), J("[5,6]"));
  EXPECT_FALSE(P("$unknown").Evaluate(env).has_value());
  EXPECT_FALSE(P("$x.z").Evaluate(env).has_value());
  Environment empty;
  EXPECT_EQ(*P("$").Evaluate(empty), json::Value());
  EXPECT_FALSE(P("$x").Evaluate(empty).has_value());
}

TEST(PathTest, SelectPointsIntoTheEnvironmentAndAgreesWithEvaluate) {
  json::Value input = J(kStore);
  json::Value context = J(R"({"Execution": {"Name": "run-1"}})");
  MapVariables variables(J(R"({"x": {"y": [5, 6]}})"));
  Environment env{&input, &context, &variables};
  EXPECT_EQ(P("$").Select(env), &input);
  EXPECT_EQ(P("$.store.book[1]").Select(env), input.Find("store")->Find("book")->At(1));
  for (const char* text : {"$", "$.limit", "$.store.book[0].title", "$.store.book[-1].isbn",
                           "$.store.book[9]", "$.store.bicycle.color", "$.store.bicycle.color.x",
                           "$.missing", "$.limit[0]", "$['store']['bicycle']", "$$.Execution.Name",
                           "$$.Execution.Id", "$x.y[1]", "$x.z", "$unknown", "$x"}) {
    Path path = P(text);
    ASSERT_TRUE(path.is_definite()) << text;
    std::optional<json::Value> evaluated = path.Evaluate(env);
    const json::Value* selected = path.Select(env);
    ASSERT_EQ(selected != nullptr, evaluated.has_value()) << text;
    if (selected != nullptr) EXPECT_TRUE(selected->SameAs(*evaluated)) << text;
  }
  Environment empty;
  EXPECT_EQ(*P("$").Select(empty), json::Value());
  EXPECT_EQ(P("$x").Select(empty), nullptr);
}

TEST(PathTest, DescribeMissUsesJaywayWording) {
  json::Value doc = J(R"({"a": {"b": "text", "list": [1]}})");
  EXPECT_EQ(P("$.NoSuchInputPath").DescribeMiss(doc), "No results for path: $['NoSuchInputPath']");
  EXPECT_EQ(P("$.no.such.result.path").DescribeMiss(doc), "Missing property in path $['no']");
  EXPECT_EQ(P("$.no.such.result.path").InvalidPathCause(doc),
            "Invalid path '$.no.such.result.path' : Missing property in path $['no']");
  EXPECT_EQ(P("$.a.list[3]").DescribeMiss(doc), "No results for path: $['a']['list'][3]");
  EXPECT_EQ(P("$.a.list.length()").DescribeMiss(doc),
            "Expected to find an object with property ['length()'] in path $['a']['list'] but "
            "found 'java.util.ArrayList'. This is not a json object according to the "
            "JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.");
  EXPECT_EQ(P("$.a.b.c").DescribeMiss(doc),
            "Expected to find an object with property ['c'] in path $['a']['b'] but found "
            "'java.lang.String'. This is not a json object according to the JsonProvider: "
            "'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.");
  EXPECT_EQ(P("$.a[0]").DescribeMiss(doc),
            "Filter: [0] can only be applied to arrays. Current context is: "
            "{\"b\":\"text\",\"list\":[1]}");
}

TEST(PathTest, DeepDocumentsDoNotOverflow) {
  json::Value v(1);
  for (int i = 0; i < 5000; ++i) v = json::Value(json::Members{{"a", v}});
  auto result = P("$..a").EvaluateOn(v);
  ASSERT_TRUE(result.has_value());
  EXPECT_LE(result->size(), static_cast<size_t>(Path::kMaxDepth) + 1);
}

}  // namespace
}  // namespace asl::path
