#include <optional>
#include <string_view>
#include <variant>

#include "core/intrinsics/call_parser.h"
#include "core/intrinsics/check.h"
#include "core/intrinsics/expression.h"
#include "core/intrinsics/intrinsic.h"
#include "core/intrinsics/payload_template.h"
#include "core/json/parser.h"
#include "tests/fuzz/fixed_document.h"
#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

namespace {

void RunCall(std::string_view text) {
  std::optional<path::PathProblem> problem = intrinsics::CheckIntrinsicCall(text);
  if (problem && problem->offset > text.size()) __builtin_trap();
  auto parsed = intrinsics::Intrinsic::Parse(text);
  if (auto* call = std::get_if<intrinsics::Intrinsic>(&parsed)) {
    intrinsics::SeededRandom random(1);
    call->Evaluate(FixedEnvironment(), &random);
    call->Evaluate(FixedEnvironment(), nullptr);
  }
}

void RunExpression(std::string_view text) {
  auto compiled = intrinsics::Expression::Compile(text);
  if (auto* expression = std::get_if<intrinsics::Expression>(&compiled)) {
    intrinsics::SeededRandom random(2);
    expression->Evaluate(FixedEnvironment(), &random, "field.$");
  }
}

void RunTemplate(const json::Value& value) {
  auto compiled = intrinsics::PayloadTemplate::Compile(value);
  auto* tmpl = std::get_if<intrinsics::PayloadTemplate>(&compiled);
  if (tmpl == nullptr) return;
  intrinsics::SeededRandom random(3);
  intrinsics::Result result = tmpl->Evaluate(FixedEnvironment(), &random);
  // A static template evaluates to itself.
  if (tmpl->is_static()) {
    auto* out = std::get_if<json::Value>(&result);
    if (out == nullptr || !(*out == value)) __builtin_trap();
  }
}

}  // namespace

// Text that is JSON is a payload template; any other text is a call or a path, and text
// that looks like neither is still given to the call parser.
void FuzzIntrinsics(std::string_view data) {
  json::ParseResult parsed = json::Parse(data);
  if (parsed.ok()) {
    RunTemplate(parsed.value);
    return;
  }
  RunCall(data);
  RunExpression(data);
}

}  // namespace asl::fuzz
