// Tests of the validator's building blocks: suggestions, timestamps, the field table.
#include <gtest/gtest.h>

#include <array>

#include "core/json/parser.h"
#include "core/timestamp/timestamp.h"
#include "core/validate/did_you_mean.h"
#include "core/validate/field_table.h"

namespace asl::validate {
namespace {

TEST(DidYouMeanTest, SuggestsCloseNamesOnly) {
  constexpr std::array<std::string_view, 4> kNames = {"Next", "End", "Result", "ResultPath"};
  EXPECT_EQ(DidYouMean("Nxt", kNames), "Next");
  EXPECT_EQ(DidYouMean("next", kNames), "Next");
  EXPECT_EQ(DidYouMean("ResultPth", kNames), "ResultPath");
  EXPECT_EQ(DidYouMean("Banana", kNames), std::nullopt);
  EXPECT_EQ(DidYouMean("", kNames), std::nullopt);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
}

TEST(TimestampTest, AcceptsRfc3339AndRejectsTheRest) {
  EXPECT_TRUE(timestamp::ParseTimestamp("2016-03-14T01:59:00Z").has_value());
  EXPECT_TRUE(timestamp::ParseTimestamp("2016-03-14T01:59:00.123+05:30").has_value());
  EXPECT_TRUE(timestamp::ParseTimestamp("2024-02-29T23:59:60Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2023-02-29T00:00:00Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2016-13-05T21:29:29Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("05-12-2016T21:29:29Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2016-12-05T25:29:29Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2016-12-05 21:29:29Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2016-12-05T21:29:29").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("2016-12-05T21:29:29.Z").has_value());
  EXPECT_FALSE(timestamp::ParseTimestamp("").has_value());
}

TEST(FieldTableTest, KnowsWhereFieldsBelong) {
  const FieldSpec* retry = FindStateField("Retry");
  ASSERT_NE(retry, nullptr);
  EXPECT_TRUE(AllowedIn(*retry, model::StateType::kTask));
  EXPECT_FALSE(AllowedIn(*retry, model::StateType::kPass));
  const FieldSpec* arguments = FindStateField("Arguments");
  EXPECT_FALSE(AllowedIn(*arguments, model::QueryLanguage::kJsonPath));
  EXPECT_TRUE(AllowedIn(*arguments, model::QueryLanguage::kJsonata));
  EXPECT_EQ(FindStateField("Nope"), nullptr);
}

TEST(FieldTableTest, FindsEveryFieldOfTheTable) {
  for (const FieldSpec& spec : StateFields()) EXPECT_EQ(FindStateField(spec.name), &spec);
}

TEST(FieldTableTest, MatchesKindsAndExpressions) {
  json::Value expr("{% 1 + 1 %}");
  EXPECT_TRUE(IsJsonataExpression(expr));
  EXPECT_TRUE(MatchesKinds(expr, kInteger | kExpression, true));
  EXPECT_FALSE(MatchesKinds(expr, kInteger | kExpression, false));
  EXPECT_TRUE(MatchesKinds(json::Value(2.0), kInteger, false));
  EXPECT_FALSE(MatchesKinds(json::Value(2.5), kInteger, false));
  EXPECT_EQ(DescribeKinds(kString | kNull, false), "a string or null");
  EXPECT_EQ(DescribeKinds(kInteger | kExpression, true),
            "an integer or a JSONata expression \"{% ... %}\"");
}

}  // namespace
}  // namespace asl::validate
