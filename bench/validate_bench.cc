// Validation speed on a generated 1,000-state definition (target: under 5 ms natively).
#include <benchmark/benchmark.h>

#include "bench/generated_definition.h"
#include "core/api/asl.h"
#include "core/graph/graph.h"
#include "core/json/parser.h"

namespace {

void BM_Validate(benchmark::State& state) {
  std::string text = asl::bench::GenerateDefinition(static_cast<int>(state.range(0)));
  asl::api::ValidationReport report = asl::api::Validate(text);
  if (!report.valid) {
    state.SkipWithError("the generated definition is not valid");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(asl::api::Validate(text));
  state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_Validate)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_ParseWithSourceMap(benchmark::State& state) {
  std::string text = asl::bench::GenerateDefinition(1000);
  for (auto _ : state) {
    benchmark::DoNotOptimize(asl::json::Parse(text, {.build_source_map = true}));
  }
}
BENCHMARK(BM_ParseWithSourceMap)->Unit(benchmark::kMillisecond);

// The same without the source map: what the map costs is the difference.
void BM_Parse(benchmark::State& state) {
  std::string text = asl::bench::GenerateDefinition(1000);
  for (auto _ : state) benchmark::DoNotOptimize(asl::json::Parse(text));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_Graph(benchmark::State& state) {
  asl::json::Value definition = *asl::json::ParseValue(asl::bench::GenerateDefinition(1000));
  for (auto _ : state) benchmark::DoNotOptimize(asl::graph::BuildGraph(definition));
}
BENCHMARK(BM_Graph)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
