#include "core/jsonata/signature.h"

#include <gtest/gtest.h>

namespace asl::jsonata {
namespace {

std::shared_ptr<Signature> Sig(std::string_view text) {
  auto parsed = Signature::Parse(text);
  return std::get<std::shared_ptr<Signature>>(parsed);
}

TEST(SignatureTest, OptionalAndContextParameters) {
  auto sig = Sig("<s-nn?:s>");
  std::vector<Value> out;
  Error error;
  ASSERT_TRUE(sig->Validate({Value::Number(1)}, Value::String("ctx"), &out, &error));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].AsString(), "ctx");
  EXPECT_EQ(out[1].AsNumber(), 1);
  EXPECT_TRUE(out[2].IsUndefined());
}

TEST(SignatureTest, ContextOfWrongTypeIsT0411) {
  auto sig = Sig("<s-:s>");
  std::vector<Value> out;
  Error error;
  EXPECT_FALSE(sig->Validate({}, Value::Number(3), &out, &error));
  EXPECT_EQ(error.code, "T0411");
  EXPECT_EQ(error.index, 1);
}

TEST(SignatureTest, MismatchReportsTheFirstBadArgument) {
  auto sig = Sig("<snb:s>");
  std::vector<Value> out;
  Error error;
  EXPECT_FALSE(sig->Validate({Value::String("a"), Value::String("b")}, Value(), &out, &error));
  EXPECT_EQ(error.code, "T0410");
  EXPECT_EQ(error.index, 2);
}

TEST(SignatureTest, ArrayParametersWrapSingletonsAndCheckItemTypes) {
  auto sig = Sig("<a<n>:n>");
  std::vector<Value> out;
  Error error;
  ASSERT_TRUE(sig->Validate({Value::Number(4)}, Value(), &out, &error));
  ASSERT_TRUE(out[0].IsArray());
  EXPECT_EQ(out[0].Size(), 1u);
  auto mixed = NewArray();
  mixed->items = {Value::Number(1), Value::String("x")};
  EXPECT_FALSE(sig->Validate({Value(mixed)}, Value(), &out, &error));
  EXPECT_EQ(error.code, "T0412");
  EXPECT_EQ(error.type, "numbers");
}

TEST(SignatureTest, VariadicParameters) {
  auto sig = Sig("<a+>");
  std::vector<Value> out;
  Error error;
  EXPECT_TRUE(
      sig->Validate({Value::Number(1), Value::Number(2), Value::Number(3)}, Value(), &out, &error));
  EXPECT_EQ(out.size(), 3u);
}

TEST(SignatureTest, ParameterizedChoiceIsS0402) {
  auto parsed = Signature::Parse("<(a<n>s):s>");
  ASSERT_TRUE(std::holds_alternative<Error>(parsed));
  EXPECT_EQ(std::get<Error>(parsed).code, "S0402");
}

}  // namespace
}  // namespace asl::jsonata
