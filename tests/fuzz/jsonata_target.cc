#include <optional>
#include <string_view>
#include <variant>

#include "core/json/parser.h"
#include "core/jsonata/jsonata.h"
#include "tests/fuzz/fixed_document.h"
#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

// EXPRESSION [NUL INPUT]: the input is the fixed document when absent or not JSON. The
// time limit is shorter than AWS's second so that slow inputs show up as U1001 errors
// rather than fuzzer timeouts; the depth limit is the default.
void FuzzJsonata(std::string_view data) {
  std::string_view expression_text;
  std::string_view input_text;
  SplitAtNul(data, &expression_text, &input_text);
  auto compiled = jsonata::Compile(expression_text);
  auto* expression = std::get_if<jsonata::Expression>(&compiled);
  if (expression == nullptr) return;
  std::optional<json::Value> input = FixedInput();
  if (!input_text.empty()) {
    std::optional<json::Value> given = json::ParseValue(input_text);
    if (given) input = *given;
  }
  jsonata::Bindings bindings;
  bindings.Set("states", json::Value(json::Members{{"input", *input},
                                                   {"context", FixedContext()}}));
  bindings.Set("x", json::Value(int64_t{7}));
  jsonata::Limits limits;
  limits.time_limit_ms = 200;
  limits.now_millis = 1700000000000;
  jsonata::Evaluate(*expression, input, bindings, limits);
  jsonata::Evaluate(*expression, std::nullopt, {}, limits);
}

}  // namespace asl::fuzz
