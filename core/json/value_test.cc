#include "core/json/value.h"

#include <gtest/gtest.h>

#include <string>

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

TEST(ValueTest, TakeMovesMembersAndItemsIntoTheNode) {
  // A long key and a long string, so that moving (not copying) is visible in the sources.
  Members members{{"a key longer than fifteen bytes", Value("a string longer than fifteen")},
                  {"n", 1}};
  Value object = Value::TakeUniqueMembers(members);
  ASSERT_EQ(object.size(), 2u);
  EXPECT_EQ(object.as_object()[0].key, "a key longer than fifteen bytes");
  EXPECT_EQ(object.as_object()[0].value.as_string(), "a string longer than fifteen");
  EXPECT_TRUE(members[0].value.is_null());  // Moved out.
  Array items{Value("x"), Value(Members{{"k", true}}), Value(2.5)};
  Value array = Value::TakeItems(items);
  ASSERT_EQ(array.size(), 3u);
  EXPECT_EQ(*array.At(1), Value(Members{{"k", true}}));
  EXPECT_TRUE(items[1].is_null());
  EXPECT_TRUE(Value::TakeItems({}).is_array());
  EXPECT_EQ(Value::TakeUniqueMembers({}).size(), 0u);
  EXPECT_TRUE(Value::TakeUniqueMembers({}).is_object());
}

TEST(ValueTest, ObjectBuilderBuildsWhatTheMembersConstructorBuilds) {
  for (size_t size : {size_t{0}, size_t{1}, size_t{2}, size_t{13}, size_t{40}}) {
    Members members;
    ObjectBuilder builder(size);
    for (size_t i = 0; i < size; ++i) {
      std::string key = "key-" + std::to_string(i) + (i % 3 == 0 ? std::string(20, 'x') : "");
      Value value = i % 2 == 0 ? Value(static_cast<int64_t>(i)) : Value(Array{Value(key)});
      members.push_back({key, value});
      builder.Add(key, value);
    }
    Value built = builder.Finish();
    Value expected(members);
    ASSERT_TRUE(built.is_object());
    ASSERT_EQ(built.size(), size);
    EXPECT_EQ(built, expected);
    for (size_t i = 0; i < size; ++i) {
      EXPECT_EQ(built.as_object()[i].key, members[i].key);
      EXPECT_TRUE(built.as_object()[i].value.SameAs(members[i].value));
      EXPECT_TRUE(built.Find(members[i].key)->SameAs(members[i].value));
    }
  }
}

TEST(ValueTest, AnUnfinishedObjectBuilderReleasesWhatItHolds) {
  Value shared(Array{1, 2});
  {
    ObjectBuilder builder(3);
    builder.Add("a", shared);
    builder.Add(std::string(40, 'k'), Value("a string long enough to be allocated"));
  }
  { ObjectBuilder builder(2); }
  // Only `shared` holds the array now: a value built from it and dropped leaves it intact.
  EXPECT_EQ(shared, Value(Array{1, 2}));
  ObjectBuilder partial(3);
  partial.Add("only", shared);
  Value object = partial.Finish();
  EXPECT_EQ(object, Value(Members{{"only", shared}}));
  EXPECT_EQ(object.size(), 1u);
}

TEST(ValueTest, FindComparesWholeKeysOfEveryLength) {
  // Keys of 0 to 40 bytes sharing their prefixes (short ones are compared byte by byte, long
  // ones with memcmp); a key differing in its last byte only is not found.
  for (size_t length = 0; length <= 40; ++length) {
    std::string key(length, 'k');
    std::string other = key;
    if (length > 0) other.back() = 'j';
    Members members{{key + "-", Value(-1)}, {key, Value(static_cast<int64_t>(length))}};
    if (length > 0) members.push_back({other, Value("other")});
    Value object(members);
    ASSERT_NE(object.Find(key), nullptr) << length;
    EXPECT_EQ(*object.Find(key), Value(static_cast<int64_t>(length)));
    if (length > 0) {
      EXPECT_EQ(*object.Find(other), Value("other"));
      std::string missing = key;
      missing.back() = 'z';
      EXPECT_EQ(object.Find(missing), nullptr) << length;
    }
  }
}

TEST(ValueTest, EditsOfLargeObjectsKeepTheirIndexRight) {
  // Objects above the index threshold, and nodes above the size the node cache serves.
  for (int size : {13, 40, 200}) {
    Members members;
    for (int i = 0; i < size; ++i) members.push_back({"key" + std::to_string(i), i});
    Value v = Value::FromUniqueMembers(std::move(members));
    ASSERT_NE(v.Find("key12"), nullptr);  // Builds the index.
    Value replaced = v.With("key12", "twelve");
    Value appended = v.With("new", true);
    Value removed = v.Without("key0");
    EXPECT_EQ(replaced.size(), static_cast<size_t>(size)) << size;
    EXPECT_EQ(*replaced.Find("key12"), Value("twelve")) << size;
    EXPECT_EQ(replaced.as_object()[12].key, "key12") << size;  // Replaced in place.
    EXPECT_EQ(appended.size(), static_cast<size_t>(size) + 1) << size;
    EXPECT_EQ(appended.as_object().back().key, "new") << size;
    EXPECT_EQ(*appended.Find(std::string("key") + std::to_string(size - 1)), Value(size - 1));
    EXPECT_EQ(removed.Find("key0"), nullptr) << size;
    EXPECT_EQ(*removed.Find("key1"), Value(1)) << size;
    EXPECT_EQ(removed.size(), static_cast<size_t>(size) - 1) << size;
    EXPECT_EQ(*v.Find("key12"), Value(12)) << size;  // The original is unchanged.
  }
}

TEST(ValueTest, ArraysOfEverySizeClassRoundTrip) {
  // Sizes on both sides of the node cache's classes and of its 512-byte limit.
  Value array = Value(Array{});
  for (int i = 0; i < 100; ++i) {
    array = array.WithAppended(Value(std::to_string(i)));
    ASSERT_EQ(array.size(), static_cast<size_t>(i) + 1);
    ASSERT_EQ(array.At(static_cast<size_t>(i))->as_string(), std::to_string(i));
    ASSERT_EQ(array.At(0)->as_string(), "0");
  }
  Array copy(array.as_array().begin(), array.as_array().end());
  EXPECT_EQ(Value(std::move(copy)), array);
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
