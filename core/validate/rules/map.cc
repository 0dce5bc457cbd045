// Map state configuration (Step Functions developer guide, "Map state" and "Distributed
// Map"): ProcessorConfig, ItemReader, ItemBatcher, ResultWriter, Label.
#include <array>
#include <string>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr std::array<std::string_view, 2> kProcessorConfigFields = {"ExecutionType", "Mode"};
constexpr std::array<std::string_view, 5> kItemReaderFields = {
    "Arguments", "MaxItems", "Parameters", "ReaderConfig", "Resource"};
constexpr std::array<std::string_view, 6> kItemBatcherFields = {
    "BatchInput",       "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath",
    "MaxItemsPerBatch", "MaxItemsPerBatchPath",  "Comment"};
constexpr std::array<std::string_view, 4> kResultWriterFields = {"Arguments", "Parameters",
                                                                 "Resource", "WriterConfig"};
constexpr size_t kMaxLabelLength = 40;

void CheckProcessorConfig(const model::State& s, const json::Value& processor,
                          const LazyPointer& processor_pointer, Report& report) {
  const json::Value* config = processor.Find("ProcessorConfig");
  if (config == nullptr) return;
  LazyPointer pointer(processor_pointer, "ProcessorConfig");
  Owner owner(s, "the ProcessorConfig of ");
  if (!CheckKinds(*config, pointer, "ProcessorConfig", kObject, false, Owner(s), report)) {
    return;
  }
  CheckKnownFields(*config, pointer, kProcessorConfigFields, owner, report);
  if (const json::Value* mode = config->Find("Mode")) {
    CheckEnum(*mode, LazyPointer(pointer, "Mode"), "Mode", {"INLINE", "DISTRIBUTED"}, owner,
              report);
  }
  if (const json::Value* type = config->Find("ExecutionType")) {
    CheckEnum(*type, LazyPointer(pointer, "ExecutionType"), "ExecutionType",
              {"STANDARD", "EXPRESS"}, owner, report);
  }
}

void CheckObjectFields(const model::State& s, model::StateField id,
                       std::span<const std::string_view> known, bool needs_resource,
                       Report& report) {
  const json::Value* v = s.Field(id);
  std::string_view field = model::StateFieldName(id);
  if (v == nullptr || !v->is_object()) return;
  std::string pointer = json::AppendPointer(s.pointer, field);
  std::string owner = "the " + std::string(field) + " of " + Describe(s);
  CheckKnownFields(*v, pointer, known, owner, report);
  if (needs_resource) CheckRequiredFields(*v, pointer, {"Resource"}, owner, report);
}

}  // namespace

void CheckMaps(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid || s.type != model::StateType::kMap) return;
    for (model::StateField field :
         {model::StateField::kItemProcessor, model::StateField::kIterator}) {
      const json::Value* processor = s.Field(field);
      if (processor && processor->is_object()) {
        CheckProcessorConfig(s, *processor, LazyPointer(s.pointer, model::StateFieldName(field)),
                             report);
      }
    }
    CheckObjectFields(s, model::StateField::kItemReader, kItemReaderFields, true, report);
    CheckObjectFields(s, model::StateField::kItemBatcher, kItemBatcherFields, false, report);
    CheckObjectFields(s, model::StateField::kResultWriter, kResultWriterFields, false, report);
    if (const json::Value* label = s.Field(model::StateField::kLabel);
        label && label->is_string()) {
      if (label->as_string().size() > kMaxLabelLength) {
        report.Add(code::kValueOutOfRange, json::AppendPointer(s.pointer, "Label"),
                   "'Label' of " + Describe(s) + " is longer than 40 characters; shorten it.");
      }
    }
  });
}

}  // namespace asl::validate
