#include "core/json/value.h"

#include <gtest/gtest.h>

namespace asl::json {
namespace {

TEST(ValueTest, ScalarsKeepTheirType) {
  EXPECT_TRUE(Value().is_null());
  EXPECT_TRUE(Value(true).as_bool());
  EXPECT_EQ(Value(int64_t{42}).as_int(), 42);
  EXPECT_TRUE(Value(1.5).is_double());
  EXPECT_EQ(Value("x").as_string(), "x");
  EXPECT_EQ(TypeName(Value(2).type()), "number");
}

TEST(ValueTest, ObjectsKeepInsertionOrderAndLastDuplicateWins) {
  Value v(Members{{"b", 1}, {"a", 2}, {"b", 3}});
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v.as_object()[0].key, "b");
  EXPECT_EQ(v.as_object()[0].value, Value(3));
  EXPECT_EQ(v.as_object()[1].key, "a");
}

TEST(ValueTest, DuplicateKeysCollapseInSmallAndLargeObjects) {
  // Small objects are checked pair by pair, large ones through a hash map: both keep the first
  // position and the last value.
  for (size_t size : {2u, 16u, 17u, 40u}) {
    Members members;
    for (size_t i = 0; i + 1 < size; ++i) members.push_back({"k" + std::to_string(i), Value(0)});
    members.push_back({"k0", Value(int64_t{99})});
    Value v(std::move(members));
    ASSERT_EQ(v.size(), size - 1) << size;
    EXPECT_EQ(v.as_object()[0].key, "k0") << size;
    EXPECT_EQ(v.as_object()[0].value, Value(99)) << size;
  }
  Value distinct(Members{{"x", 1}, {"xy", 2}, {"", 3}});
  EXPECT_EQ(distinct.size(), 3u);
}

TEST(ValueTest, EqualityComparesNumbersByValueAndIgnoresKeyOrder) {
  EXPECT_EQ(Value(1), Value(1.0));
  EXPECT_NE(Value(1), Value("1"));
  EXPECT_EQ(Value(Members{{"a", 1}, {"b", 2}}), Value(Members{{"b", 2}, {"a", 1}}));
  EXPECT_NE(Value(Array{1, 2}), Value(Array{2, 1}));
}

TEST(ValueTest, WithSharesUnchangedChildren) {
  Value big(Array{Value("payload"), Value(Members{{"deep", true}})});
  Value doc(Members{{"doc", big}, {"n", 1}});
  Value updated = doc.With("n", 2).With("extra", "x");
  EXPECT_TRUE(updated.Find("doc")->SameAs(big));
  EXPECT_EQ(*updated.Find("n"), Value(2));
  EXPECT_EQ(updated.as_object().back().key, "extra");
  EXPECT_EQ(*doc.Find("n"), Value(1));  // The original is unchanged.
  EXPECT_EQ(updated.Without("doc").size(), 2u);
  EXPECT_EQ(Value(1).With("k", 2), Value(Members{{"k", 2}}));
  EXPECT_EQ(Value(Array{1}).WithAppended(2), Value(Array{1, 2}));
}

TEST(ValueTest, LargeObjectsAreIndexed) {
  Members members;
  for (int i = 0; i < 100; ++i) members.push_back({"k" + std::to_string(i), i});
  Value v = Value::FromUniqueMembers(std::move(members));
  ASSERT_NE(v.Find("k77"), nullptr);
  EXPECT_EQ(v.Find("k77")->as_int(), 77);
  EXPECT_EQ(v.Find("missing"), nullptr);
}

TEST(ValueTest, DeeplyNestedValuesAreReleasedWithoutRecursion) {
  Value v;
  for (int i = 0; i < 200000; ++i) v = Value(Array{std::move(v)});
  v = Value();  // Would overflow the stack if destruction recursed.
  SUCCEED();
}

TEST(ValueTest, MismatchedAccessorsReturnNeutralValues) {
  Value n(3);
  EXPECT_EQ(n.as_string(), "");
  EXPECT_TRUE(n.as_array().empty());
  EXPECT_EQ(n.Find("x"), nullptr);
  EXPECT_EQ(n.At(0), nullptr);
}

}  // namespace
}  // namespace asl::json
