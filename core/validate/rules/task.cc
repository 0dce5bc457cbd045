// Task resources: an ARN; Express state machines support neither '.sync' nor
// '.waitForTaskToken' integrations nor activities (Step Functions developer guide,
// "Standard and Express workflow types"); DynamoDB's optimized integration has four actions.
#include <array>
#include <string>

#include "core/json/pointer.h"
#include "core/validate/codes.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

constexpr std::string_view kDynamoDbPrefix = "arn:aws:states:::dynamodb:";
constexpr std::array<std::string_view, 4> kDynamoDbActions = {"getItem", "putItem", "deleteItem",
                                                              "updateItem"};

void CheckResource(const model::State& s, const std::string& resource,
                   const ValidateOptions& options, Report& report) {
  std::string pointer = json::AppendPointer(s.pointer, "Resource");
  if (!resource.starts_with("arn:")) {
    report.Add(code::kInvalidResource, pointer,
               "'Resource' of " + Describe(s) +
                   " is not an ARN; use one such as "
                   "\"arn:aws:states:::lambda:invoke\".");
    return;
  }
  if (resource.starts_with(kDynamoDbPrefix)) {
    std::string_view action = std::string_view(resource).substr(kDynamoDbPrefix.size());
    bool known = false;
    for (std::string_view a : kDynamoDbActions) known = known || action == a;
    if (!known) {
      report.Add(code::kInvalidResource, pointer,
                 "'Resource' of " + Describe(s) + " names the DynamoDB action " + Quote(action) +
                     ", which the optimized integration lacks (it has getItem, putItem, "
                     "deleteItem and updateItem); use \"arn:aws:states:::aws-sdk:dynamodb:" +
                     std::string(action) + "\" instead.");
    }
  }
  if (options.type != StateMachineType::kExpress) return;
  std::string problem;
  if (resource.find(":activity:") != std::string::npos) {
    problem = "an activity";
  } else if (resource.ends_with(".sync") || resource.find(".sync:") != std::string::npos) {
    problem = "the '.sync' integration pattern";
  } else if (resource.ends_with(".waitForTaskToken")) {
    problem = "the '.waitForTaskToken' integration pattern";
  }
  if (!problem.empty()) {
    report.Add(code::kUnsupportedInExpress, pointer,
               Describe(s) + " uses " + problem +
                   ", which Express state machines do not support; use a Standard state "
                   "machine or call the service without waiting.");
  }
}

}  // namespace

void CheckTasks(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid) return;
    const json::Value* resource = s.Field(model::StateField::kResource);
    if (s.type != model::StateType::kTask || resource == nullptr || !resource->is_string()) {
      return;
    }
    CheckResource(s, resource->as_string(), context.options, report);
  });
}

}  // namespace asl::validate
