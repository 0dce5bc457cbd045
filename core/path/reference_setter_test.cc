#include "core/path/reference_setter.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::path {
namespace {

json::Value J(std::string_view text) { return json::ParseValue(text).value_or(json::Value()); }

std::string Set(std::string_view doc, std::string_view path, std::string_view value) {
  auto parsed = Path::Parse(path);
  EXPECT_TRUE(std::holds_alternative<Path>(parsed)) << path;
  auto result = SetAtPath(J(doc), std::get<Path>(parsed), J(value));
  if (auto* failure = std::get_if<SetFailure>(&result)) return "FAIL " + failure->cause;
  return json::Serialize(std::get<json::Value>(result));
}

TEST(ReferenceSetterTest, ReplacesCreatesAndKeepsOrder) {
  EXPECT_EQ(Set(R"({"a":1})", "$", "2"), "2");
  EXPECT_EQ(Set(R"({"a":1,"b":2})", "$.a", "3"), R"({"a":3,"b":2})");
  EXPECT_EQ(Set(R"({"a":1})", "$.x.y", "true"), R"({"a":1,"x":{"y":true}})");
  EXPECT_EQ(Set(R"({"a":{"k":0}})", "$.a.b", "1"), R"({"a":{"k":0,"b":1}})");
  EXPECT_EQ(Set(R"({"l":[1,{"z":0}]})", "$.l[1].z", "9"), R"({"l":[1,{"z":9}]})");
  EXPECT_EQ(Set(R"({"l":[1,2]})", "$.l[-1]", "9"), R"({"l":[1,9]})");
}

TEST(ReferenceSetterTest, SharesUntouchedParts) {
  json::Value doc = J(R"({"keep":{"big":[1,2,3]},"n":1})");
  auto result = SetAtPath(doc, std::get<Path>(Path::Parse("$.n")), json::Value(2));
  ASSERT_TRUE(std::holds_alternative<json::Value>(result));
  EXPECT_TRUE(std::get<json::Value>(result).Find("keep")->SameAs(*doc.Find("keep")));
}

TEST(ReferenceSetterTest, FailsThroughNonObjects) {
  EXPECT_EQ(Set(R"("text")", "$.a", "1"),
            R"(FAIL Unable to apply ReferencePath $.a to input "\"text\"")");
  EXPECT_EQ(Set(R"({"a":"s"})", "$.a.b", "1"),
            R"(FAIL Unable to apply ReferencePath $.a.b to input "{\"a\":\"s\"}")");
  EXPECT_EQ(Set(R"([1])", "$.a", "1"), R"(FAIL Unable to apply ReferencePath $.a to input "[1]")");
  EXPECT_EQ(Set(R"({"l":[1]})", "$.l[3]", "1").substr(0, 4), "FAIL");
  EXPECT_EQ(Set(R"({"l":{}})", "$.l[0]", "1").substr(0, 4), "FAIL");
  EXPECT_EQ(Set(R"({"l":[]})", "$.l[*]", "1").substr(0, 4), "FAIL");
}

TEST(ReferenceSetterTest, OneTopLevelFieldAgreesWithTheGeneralWalk) {
  // "$.k" on doc sets at the first step (the last step skips looking at the member); "$.w.k" on
  // {"w": doc} walks through "w" first: both must give doc the same member.
  const char* docs[] = {"{}",           R"({"k":1})", R"({"a":1,"k":{"x":2},"b":3})",
                        R"({"a":[1]})", "[1,2]",      R"("text")",
                        "null",         "7",          R"({"k":null,"K":0})"};
  const char* keys[] = {"k", "a", "K", "new"};
  for (const char* doc_text : docs) {
    json::Value doc = J(doc_text);
    for (const char* key : keys) {
      json::Value value = J(R"({"v":[true]})");
      auto shortcut = SetAtPath(doc, std::get<Path>(Path::Parse(std::string("$.") + key)), value);
      auto general = SetAtPath(json::Value(json::Members{{"w", doc}}),
                               std::get<Path>(Path::Parse(std::string("$.w.") + key)), value);
      ASSERT_EQ(shortcut.index(), general.index()) << doc_text << " " << key;
      if (auto* set = std::get_if<json::Value>(&shortcut)) {
        const json::Value* expected = std::get<json::Value>(general).Find("w");
        ASSERT_NE(expected, nullptr);
        EXPECT_EQ(json::Serialize(*set), json::Serialize(*expected)) << doc_text << " " << key;
        EXPECT_TRUE(set->Find(key)->SameAs(value));
      }
    }
  }
}

}  // namespace
}  // namespace asl::path
