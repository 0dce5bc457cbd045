// What a Map state reads and writes outside the execution: ItemReader (not available offline)
// and a Distributed Map's ResultWriter
// (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html).
#ifndef ASL_CORE_ENGINE_STATES_MAP_RESULT_WRITER_H_
#define ASL_CORE_ENGINE_STATES_MAP_RESULT_WRITER_H_

#include <string>
#include <string_view>

#include "core/engine/frame.h"
#include "core/json/value.h"

namespace asl::engine {

class Interpreter;

// The cause detail of the States.Runtime a Map with ItemReader fails with.
inline constexpr std::string_view kItemReaderUnavailable =
    "ItemReader sources (Amazon S3 objects and listings) are not available offline: this "
    "engine cannot read the items of the Map state. Give the items in the state's input "
    "(ItemsPath / Items) instead.";

// A fresh MapRunArn for the frame's Map state:
// "arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/STATE:UUID" (seeded UUID).
std::string NewMapRunArn(Interpreter& in, Frame& frame);

// The state's result with ResultWriter `writer`: with Resource and Parameters the service
// exports the results to Amazon S3 and the result says where, {"MapRunArn",
// "ResultWriterDetails": {"Bucket", "Key"}} (nothing is written here; Key is
// "<Prefix>/<map run id>/manifest.json"); with WriterConfig alone the results stay the result,
// arrays flattened one level for "Transformation": "FLATTEN". `input` is the Map's input, which
// "Bucket.$" / "Prefix.$" read.
json::Value ResultWriterOutput(Interpreter& in, Frame& frame, const json::Value& writer,
                               const json::Value& input, const std::string& map_run_arn,
                               json::Value results);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_MAP_RESULT_WRITER_H_
