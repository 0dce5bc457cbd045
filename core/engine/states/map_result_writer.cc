#include "core/engine/states/map_result_writer.h"

#include <optional>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

// The Key of the manifest.json the service writes for a map run:
// "<Prefix>/<map run id>/manifest.json", the id being the last part of the MapRunArn.
std::string ManifestKey(const std::string& prefix, const std::string& map_run_arn) {
  std::string id = map_run_arn.substr(map_run_arn.rfind(':') + 1);
  return (prefix.empty() ? "" : prefix + "/") + id + "/manifest.json";
}

// A field of ResultWriter's Parameters (JSONPath: "Bucket" literal or "Bucket.$" read from
// the Map's input; JSONata's Arguments are taken when literal).
std::string WriterParameter(Interpreter& in, Frame& frame, const json::Value& writer,
                            const json::Value& input, const std::string& name) {
  const json::Value* parameters = writer.Find("Parameters");
  if (parameters == nullptr) parameters = writer.Find("Arguments");
  if (parameters == nullptr || !parameters->is_object()) return "";
  if (const json::Value* literal = parameters->Find(name); literal && literal->is_string()) {
    return literal->as_string();
  }
  const json::Value* path_text = parameters->Find(name + ".$");
  if (path_text == nullptr || !path_text->is_string()) return "";
  auto parsed = path::Path::Parse(path_text->as_string());
  auto* path = std::get_if<path::Path>(&parsed);
  if (path == nullptr) return "";
  std::optional<json::Value> value = path->Evaluate(in.Environment(frame, input));
  return value && value->is_string() ? value->as_string() : "";
}

}  // namespace

std::string NewMapRunArn(Interpreter& in, Frame& frame) {
  const ExecuteOptions& options = in.options();
  return "arn:aws:states:" + options.region + ":" + options.account +
         ":mapRun:" + options.state_machine_name + "/" + in.Current(frame).name.as_string() + ":" +
         in.random().NextUuid();
}

json::Value ResultWriterOutput(Interpreter& in, Frame& frame, const json::Value& writer,
                               const json::Value& input, const std::string& map_run_arn,
                               json::Value results) {
  if (writer.Find("Resource") == nullptr) {
    const json::Value* config = writer.Find("WriterConfig");
    const json::Value* transformation = config ? config->Find("Transformation") : nullptr;
    if (transformation == nullptr || !transformation->is_string() ||
        transformation->as_string() != "FLATTEN" || !results.is_array()) {
      return results;
    }
    json::Array flat;
    for (const json::Value& r : results.as_array()) {
      if (!r.is_array()) {
        flat.push_back(r);
        continue;
      }
      for (const json::Value& inner : r.as_array()) flat.push_back(inner);
    }
    return json::Value(std::move(flat));
  }
  std::string bucket = WriterParameter(in, frame, writer, input, "Bucket");
  std::string prefix = WriterParameter(in, frame, writer, input, "Prefix");
  json::Value details(json::Members{{"Bucket", json::Value(bucket)},
                                    {"Key", json::Value(ManifestKey(prefix, map_run_arn))}});
  return json::Value(
      json::Members{{"MapRunArn", json::Value(map_run_arn)}, {"ResultWriterDetails", details}});
}

}  // namespace asl::engine
