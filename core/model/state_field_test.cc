#include "core/model/state_field.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"

namespace asl::model {
namespace {

TEST(StateFieldTest, FindsEveryFieldByItsName) {
  for (size_t i = 0; i < kStateFieldCount; ++i) {
    StateField field = static_cast<StateField>(i);
    EXPECT_EQ(FindStateField(StateFieldName(field)), field) << StateFieldName(field);
  }
  EXPECT_EQ(StateFieldName(StateField::kToleratedFailurePercentagePath),
            "ToleratedFailurePercentagePath");
}

TEST(StateFieldTest, OtherKeysAreNotFields) {
  for (const char* key : {"",
                          "type",
                          "Nxt",
                          "NEXT",
                          "Next ",
                          "ResultPaths",
                          "Resul",
                          "States",
                          "StartAt",
                          "ItemsPat",
                          "ToleratedFailurePercentagePathX",
                          "Typf",
                          "Lbel",
                          "Labek",
                          "Itemz",
                          "Erorr",
                          "Resulr",
                          "Choicez",
                          "Defaulf",
                          "Causf"}) {
    EXPECT_EQ(FindStateField(key), std::nullopt) << key;
  }
}

TEST(StateFieldTest, ValuesHoldEachKnownMember) {
  json::Value state =
      *json::ParseValue(R"({"Type": "Pass", "Nxt": "A", "Next": "B", "ResultPath": null})");
  StateFieldValues values(state);
  ASSERT_NE(values[StateField::kType], nullptr);
  EXPECT_EQ(values[StateField::kType]->as_string(), "Pass");
  EXPECT_EQ(values[StateField::kNext]->as_string(), "B");
  ASSERT_NE(values[StateField::kResultPath], nullptr);
  EXPECT_TRUE(values[StateField::kResultPath]->is_null());
  EXPECT_EQ(values[StateField::kEnd], nullptr);
  EXPECT_EQ(StateFieldValues(json::Value(3))[StateField::kType], nullptr);
}

TEST(StateFieldTest, SlotsFindWhatFindFinds) {
  json::Value state = *json::ParseValue(R"({"Type": "Pass", "Nxt": "A", "Next": "B"})");
  const StateFieldValues values(state);  // Owns the slots read below.
  const StateFieldSlots& slots = values.slots();
  EXPECT_EQ(slots.Find(state, StateField::kType), state.Find("Type"));
  EXPECT_EQ(slots.Find(state, StateField::kNext), state.Find("Next"));
  EXPECT_EQ(slots.Find(state, StateField::kEnd), nullptr);
  EXPECT_EQ(StateFieldSlots().Find(state, StateField::kType), nullptr);
}

TEST(StateFieldTest, SlotsFindMembersPastTheFirst254) {
  std::string text = R"({"Type": "Pass")";
  for (int i = 0; i < 300; ++i) text += ", \"k" + std::to_string(i) + "\": " + std::to_string(i);
  text += R"(, "Next": "B", "End": true})";
  json::Value state = *json::ParseValue(text);
  const StateFieldValues values(state);  // Owns the slots read below.
  const StateFieldSlots& slots = values.slots();
  ASSERT_NE(slots.Find(state, StateField::kNext), nullptr);
  EXPECT_EQ(slots.Find(state, StateField::kNext)->as_string(), "B");
  EXPECT_EQ(slots.Find(state, StateField::kEnd), state.Find("End"));
  EXPECT_EQ(slots.Find(state, StateField::kType), state.Find("Type"));
  EXPECT_EQ(slots.Find(state, StateField::kComment), nullptr);
}

}  // namespace
}  // namespace asl::model
