// Times each expression of cases.json on data.json with the native JSONata (core/jsonata),
// the native half of the JSONata benchmark (compare.mjs times npm jsonata and prints both).
//
// usage: jsonata_bench DIR [--min-ms N] [--rounds N]
// DIR holds cases.json ([{"name", "expression"}]) and data.json. Prints one JSON array:
// [{"name", "ns": nanoseconds per evaluation (the best round), "iterations", "result": the
// result as compact JSON, or null when undefined, or {"error": code}}]. Each round repeats
// the evaluation until it has run for --min-ms (default 200); --rounds defaults to 3.
// Exit status 2 on bad arguments or files.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/json/writer.h"
#include "core/jsonata/jsonata.h"
#include "tests/support/conformance_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double ns_per_eval = 0;
  long iterations = 0;
};

// One round: evaluations until `min_ms` have passed; the mean time per evaluation.
Timing Round(const asl::jsonata::Expression& expression, const asl::json::Value& data,
             const asl::jsonata::Limits& limits, long min_ms) {
  Timing timing;
  const Clock::time_point start = Clock::now();
  Clock::duration elapsed{};
  while (elapsed < std::chrono::milliseconds(min_ms) || timing.iterations < 3) {
    asl::jsonata::Result result = asl::jsonata::Evaluate(expression, data, {}, limits);
    (void)result;
    ++timing.iterations;
    elapsed = Clock::now() - start;
  }
  timing.ns_per_eval =
      std::chrono::duration<double, std::nano>(elapsed).count() / timing.iterations;
  return timing;
}

asl::json::Value ResultJson(const asl::jsonata::Result& result) {
  using asl::json::Value;
  if (!result.ok()) return Value(asl::json::Members{{"error", Value(result.error.code)}});
  if (result.is_undefined()) return Value();
  return Value(asl::json::Serialize(result.value));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: jsonata_bench DIR [--min-ms N] [--rounds N]\n");
    return 2;
  }
  const std::string dir = argv[1];
  long min_ms = 200;
  int rounds = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--min-ms") {
      min_ms = std::atol(argv[i + 1]);
    } else if (option == "--rounds") {
      rounds = std::atoi(argv[i + 1]);
    } else {
      std::fprintf(stderr, "jsonata_bench: unknown option %s\n", option.c_str());
      return 2;
    }
  }
  std::string error;
  std::optional<asl::json::Value> cases = asl::testing::ReadJsonFile(dir + "/cases.json", &error);
  std::optional<asl::json::Value> data =
      cases ? asl::testing::ReadJsonFile(dir + "/data.json", &error) : std::nullopt;
  if (!cases || !data || !cases->is_array()) {
    std::fprintf(stderr, "jsonata_bench: %s\n",
                 error.empty() ? "cases.json is not an array" : error.c_str());
    return 2;
  }
  asl::jsonata::Limits limits;  // The default one-second budget, as the engine runs them.
  asl::json::Array out;
  for (const asl::json::Value& item : cases->as_array()) {
    const asl::json::Value* name = item.Find("name");
    const asl::json::Value* text = item.Find("expression");
    if (name == nullptr || text == nullptr || !text->is_string()) {
      std::fprintf(stderr, "jsonata_bench: a case lacks name or expression\n");
      return 2;
    }
    auto compiled = asl::jsonata::Compile(text->as_string());
    if (auto* compile_error = std::get_if<asl::jsonata::Error>(&compiled)) {
      out.push_back(asl::json::Value(asl::json::Members{
          {"name", *name},
          {"result", asl::json::Value(
                         asl::json::Members{{"error", asl::json::Value(compile_error->code)}})}}));
      continue;
    }
    const auto& expression = std::get<asl::jsonata::Expression>(compiled);
    Timing best;
    for (int r = 0; r < rounds; ++r) {
      Timing t = Round(expression, *data, limits, min_ms);
      if (r == 0 || t.ns_per_eval < best.ns_per_eval) best = t;
    }
    asl::jsonata::Result result = asl::jsonata::Evaluate(expression, *data, {}, limits);
    out.push_back(asl::json::Value(
        asl::json::Members{{"name", *name},
                           {"ns", asl::json::Value(best.ns_per_eval)},
                           {"iterations", asl::json::Value(static_cast<int64_t>(best.iterations))},
                           {"result", ResultJson(result)}}));
  }
  std::printf("%s\n",
              asl::json::Serialize(asl::json::Value(std::move(out)), {.indent = 1}).c_str());
  return 0;
}
