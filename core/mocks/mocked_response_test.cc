#include "core/mocks/mocked_response.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::mocks {
namespace {

json::Value J(std::string_view text) { return *json::ParseValue(text); }

MockedResponse Parse(std::string_view text) {
  auto r = ParseMockedResponse(J(text), "/M");
  EXPECT_TRUE(std::holds_alternative<MockedResponse>(r));
  return std::get<MockedResponse>(r);
}

MockError ParseError(std::string_view text) {
  auto r = ParseMockedResponse(J(text), "/M");
  EXPECT_TRUE(std::holds_alternative<MockError>(r));
  return std::holds_alternative<MockError>(r) ? std::get<MockError>(r) : MockError{};
}

TEST(MockedResponseTest, IndexesAndInclusiveRanges) {
  MockedResponse r = Parse(R"({"0": {"Return": {"a": 1}},
      "1-2": {"Throw": {"Error": "E", "Cause": "C"}}, "4": {"Return": 7}})");
  ASSERT_NE(r.ForInvocation(0), nullptr);
  EXPECT_FALSE(r.ForInvocation(0)->failed);
  EXPECT_EQ(r.ForInvocation(0)->result, J(R"({"a": 1})"));
  for (int i : {1, 2}) {
    ASSERT_NE(r.ForInvocation(i), nullptr);
    EXPECT_TRUE(r.ForInvocation(i)->failed);
    EXPECT_EQ(r.ForInvocation(i)->failure, (TaskFailure{"E", "C"}));
  }
  EXPECT_EQ(r.ForInvocation(3), nullptr);
  ASSERT_NE(r.ForInvocation(4), nullptr);
  EXPECT_EQ(r.ForInvocation(4)->result, json::Value(7));
  EXPECT_EQ(r.ForInvocation(5), nullptr);
  EXPECT_EQ(r.DescribeKeys(), "0, 1-2, 4");
}

TEST(MockedResponseTest, KeysMayComeInAnyOrder) {
  MockedResponse r = Parse(R"({"2": {"Return": 2}, "0-1": {"Return": 0}})");
  EXPECT_EQ(r.ForInvocation(1)->result, json::Value(0));
  EXPECT_EQ(r.ForInvocation(2)->result, json::Value(2));
}

TEST(MockedResponseTest, ThrowMayOmitErrorAndCause) {
  MockedResponse r = Parse(R"({"0": {"Throw": {"Error": "E"}}, "1": {"Throw": {}},
                               "2": {"Throw": {"Error": null, "Cause": null}},
                               "3": {"Throw": {"Cause": ""}}})");
  EXPECT_EQ(r.ForInvocation(0)->failure, (TaskFailure{"E", std::nullopt}));
  EXPECT_EQ(r.ForInvocation(1)->failure, (TaskFailure{"", std::nullopt}));
  EXPECT_EQ(r.ForInvocation(2)->failure, (TaskFailure{"", std::nullopt}));
  EXPECT_EQ(r.ForInvocation(3)->failure, (TaskFailure{"", ""}));
}

TEST(MockedResponseTest, RejectsBadKeys) {
  for (const char* key : {"x", "-1", "1-", "3-1", "1-2-3", "", " 1", "99999999999"}) {
    MockError e = ParseError(std::string(R"({")") + key + R"(": {"Return": 1}})");
    EXPECT_EQ(e.pointer, std::string("/M/") + key) << key;
    EXPECT_NE(e.message.find("Invalid invocation key"), std::string::npos) << e.message;
  }
}

TEST(MockedResponseTest, RejectsOverlaps) {
  MockError e = ParseError(R"({"0-2": {"Return": 1}, "2": {"Return": 2}})");
  EXPECT_EQ(e.pointer, "/M/2");
  EXPECT_EQ(e.message, "Invocation key \"2\" overlaps another key of the same mocked response.");
}

TEST(MockedResponseTest, RejectsMalformedEntries) {
  EXPECT_EQ(ParseError(R"([])").pointer, "/M");
  EXPECT_EQ(ParseError(R"({"0": 1})").message,
            "A mocked response must be an object with \"Return\" or \"Throw\".");
  EXPECT_EQ(ParseError(R"({"0": {}})").message,
            "A mocked response must have exactly one of \"Return\" and \"Throw\".");
  EXPECT_EQ(ParseError(R"({"0": {"Return": 1, "Throw": {"Error": "E"}}})").pointer, "/M/0");
  EXPECT_EQ(ParseError(R"({"0": {"Return": 1, "Delay": 3}})").pointer, "/M/0/Delay");
  EXPECT_EQ(ParseError(R"({"0": {"Throw": "E"}})").pointer, "/M/0/Throw");
  EXPECT_EQ(ParseError(R"({"0": {"Throw": {"Error": 1}}})").message, "\"Error\" must be a string.");
  EXPECT_EQ(ParseError(R"({"0": {"Throw": {"Error": "E", "Cause": 1}}})").pointer,
            "/M/0/Throw/Cause");
  EXPECT_EQ(ParseError(R"({"0": {"Throw": {"Error": "E", "X": 1}}})").pointer, "/M/0/Throw/X");
}

}  // namespace
}  // namespace asl::mocks
