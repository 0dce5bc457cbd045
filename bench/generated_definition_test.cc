#include "bench/generated_definition.h"

#include <gtest/gtest.h>

#include "core/api/asl.h"
#include "core/json/parser.h"

namespace asl::bench {
namespace {

TEST(GeneratedDefinitionTest, IsValidAndHasTheRequestedSize) {
  std::string text = GenerateDefinition(1000);
  api::ValidationReport report = api::Validate(text);
  EXPECT_TRUE(report.valid) << api::ToJson(report, 2).substr(0, 2000);
  EXPECT_EQ(json::ParseValue(text)->Find("States")->size(), 1000u);
}

}  // namespace
}  // namespace asl::bench
