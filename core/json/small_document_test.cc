#include "core/json/small_document.h"

#include <gtest/gtest.h>

#include <string>

#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::json {
namespace {

// Whatever ParseSmallDocument accepts, it reads as Parse does (same value, same member order).
void ExpectReadAsParseDoes(std::string_view text) {
  std::optional<Value> small = ParseSmallDocument(text);
  ASSERT_TRUE(small.has_value()) << text;
  ParseResult full = Parse(text);
  ASSERT_TRUE(full.ok()) << text;
  EXPECT_EQ(*small, full.value) << text;
  EXPECT_EQ(Serialize(*small), Serialize(full.value)) << text;
  EXPECT_EQ(small->type(), full.value.type()) << text;
}

TEST(SmallDocumentTest, ReadsScalarsAndFlatObjectsAsParseDoes) {
  for (std::string_view text :
       {R"({"i":1})", R"({"i":42,"caught":0})", R"( { "a" : -7 , "b" : "x y" } )", "{}", "{ }",
        R"({"n":null,"t":true,"f":false,"s":""})", "0", "-0", "123456789012345678",
        "-123456789012345678", R"("done")", "null", "true", "false", "\t\r\n 5 \n",
        R"({"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8})",
        R"({"a key longer than the short string buffer":"and a value longer than it too"})"}) {
    ExpectReadAsParseDoes(text);
  }
}

TEST(SmallDocumentTest, KeepsMemberOrder) {
  std::optional<Value> v = ParseSmallDocument(R"({"z":1,"a":2})");
  ASSERT_TRUE(v.has_value());
  ASSERT_EQ(v->as_object().size(), 2u);
  EXPECT_EQ(v->as_object()[0].key, "z");
  EXPECT_EQ(v->as_object()[1].key, "a");
}

// Outside the shape, valid or not, it declines and leaves the text to Parse.
TEST(SmallDocumentTest, DeclinesEverythingElse) {
  for (std::string_view text : {"",
                                " ",
                                R"({"a":{"b":1}})",
                                R"({"a":[1]})",
                                "[1,2]",
                                "1.5",
                                "1e3",
                                "1E3",
                                "-",
                                "01",
                                "-01",
                                "1234567890123456789",
                                "-1234567890123456789",
                                R"("a\"b")",
                                R"("a\nb")",
                                "\"caf\xC3\xA9\"",
                                R"({"a":1,"a":2})",
                                R"({"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9})",
                                R"({"a":1,})",
                                R"({"a":1)",
                                R"({"a" 1})",
                                R"({a:1})",
                                "nul",
                                "truex",
                                "1 2",
                                "\xEF\xBB\xBF{}",
                                R"({"a":1}x)",
                                "\"open",
                                "'single'"}) {
    EXPECT_EQ(ParseSmallDocument(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace asl::json
