// The functions Step Functions adds to JSONata, and the one it takes away
// (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html#jsonata-functions):
//   $partition(array, size)       the array cut into chunks of `size` items (the last may be
//                                 shorter), like States.ArrayPartition;
//   $range(start, end[, step])    start, start+step, ... up to and including end, like
//                                 States.ArrayRange (a one-item result is that item, as in
//                                 the service);
//   $hash(data, algorithm)        the hex digest of a string: MD5, SHA-1, SHA-256, SHA-384,
//                                 SHA-512, like States.Hash;
//   $random([seed])               a number in [0, 1); with a seed, the same number for the
//                                 same seed;
//   $uuid()                       a version 4 UUID;
//   $parse(text)                  the JSON value a string holds;
//   $eval                         not available in Step Functions: calling it is an error.
// Randomness comes from the execution's seeded generator, so runs replay exactly.
#ifndef ASL_CORE_ENGINE_JSONATA_FUNCTIONS_H_
#define ASL_CORE_ENGINE_JSONATA_FUNCTIONS_H_

#include "core/engine/seeded_random.h"
#include "core/jsonata/jsonata.h"

namespace asl::engine {

// Adds the functions above to `bindings`; `random` (the execution's generator) must outlive
// every evaluation that uses them.
void BindStepFunctionsFunctions(jsonata::Bindings& bindings, SeededRandom& random);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_JSONATA_FUNCTIONS_H_
