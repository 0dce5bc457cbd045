// A generated state machine of a given size that uses every state type and most fields,
// for benchmarks of the validator and the graph.
#ifndef ASL_BENCH_GENERATED_DEFINITION_H_
#define ASL_BENCH_GENERATED_DEFINITION_H_

#include <string>

namespace asl::bench {

// A valid definition with exactly `states` top-level states (at least 10) chained by Next:
// Pass with Parameters templates and intrinsics, Task with Retry and Catch, Choice with
// And/Not rules, Wait, Map with an item processor, Parallel with two branches; the last state
// is a Succeed. Nested states are not counted in `states`.
std::string GenerateDefinition(int states);

}  // namespace asl::bench

#endif  // ASL_BENCH_GENERATED_DEFINITION_H_
